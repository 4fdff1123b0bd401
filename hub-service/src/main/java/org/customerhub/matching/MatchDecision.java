package org.customerhub.matching;

import java.util.List;

/**
 * The decision for one record: the outcome, the master it concerns (for auto-link and review), the ranked
 * candidates it was based on and the version of the model that scored them.
 */
public record MatchDecision(MatchOutcome outcome, MasterCandidate best, List<MasterCandidate> ranked, String reason,
                            String modelVersion) {

    public static MatchDecision decide(List<MasterCandidate> ranked, double autoLink, double review, String modelVersion) {
        return decide(ranked, autoLink, review, modelVersion, ConflictGuard.STANDARD, (a, b) -> false);
    }

    /**
     * @param pending whether an open review already asks if two masters are one; such a second master above
     *                auto-link is not a new chain
     */
    public static MatchDecision decide(List<MasterCandidate> ranked, double autoLink, double review, String modelVersion,
                                       ConflictGuard guard, PendingReviews pending) {
        if (ranked.isEmpty()) return new MatchDecision(MatchOutcome.NEW_MASTER, null, ranked, "no candidate", modelVersion);
        MasterCandidate best = ranked.get(0);
        double p = best.score().probability();
        if (p >= autoLink) {
            boolean another = ranked.stream().skip(1).anyMatch(other -> other.score().probability() >= autoLink
                    && !pending.between(best.masterId(), other.masterId()));
            if (another) {
                // linking would chain two masters together through this record: a person decides instead
                return new MatchDecision(MatchOutcome.REVIEW, best, ranked, "links strongly to more than one master", modelVersion);
            }
            if (guard.conflicts(best.score())) {
                // shared address and phone with another given name or birth date: twins, spouses, parent and
                // child look like this; the household evidence must not merge them without a person deciding
                return new MatchDecision(MatchOutcome.REVIEW, best, ranked, "conflicting given name or date of birth", modelVersion);
            }
            return new MatchDecision(MatchOutcome.AUTO_LINK, best, ranked, "above the auto-link threshold", modelVersion);
        }
        if (p >= review) return new MatchDecision(MatchOutcome.REVIEW, best, ranked, "between the review and auto-link thresholds", modelVersion);
        return new MatchDecision(MatchOutcome.NEW_MASTER, best, ranked, "below the review threshold", modelVersion);
    }
}
