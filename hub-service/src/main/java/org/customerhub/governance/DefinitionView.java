package org.customerhub.governance;

import java.time.Instant;
import java.util.List;

/** One definition version as the API and the committee pages show it, with its votes and the state of its vote. */
public record DefinitionView(String key, String kind, int version, String status, boolean inForce, String description,
                             String body, String createdBy, Instant createdAt, String proposedBy, Instant proposedAt,
                             Instant dueAt, Instant requestedEffective, Instant effectiveFrom, Instant remindedAt,
                             Instant escalatedAt, Instant decidedAt, String decidedBy, String decisionComment, int round,
                             List<VoteView> votes, List<String> pendingVoters, boolean awaitsChair) {

    public record VoteView(String voter, String vote, String comment, boolean byChair, int round, Instant castAt) {
    }

    /** The votes of the running (or last) round; earlier rounds ended back in draft. */
    public List<VoteView> currentVotes() {
        return votes.stream().filter(v -> v.round() == round).toList();
    }

    public boolean inReview() {
        return DefinitionStatus.IN_REVIEW.name().equals(status);
    }

    /** Approved, but its effective date has not come yet. */
    public boolean scheduled() {
        return DefinitionStatus.APPROVED.name().equals(status) && !inForce && effectiveFrom != null && effectiveFrom.isAfter(Instant.now());
    }
}
