package org.customerhub.governance;

import jakarta.inject.Singleton;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The committee's use cases: draft a definition, revise it (every change a new version), propose a version for a
 * vote, vote, decide as chair; and the reads: history, the version in force at a time, the glossary. Committee
 * members write; stewards and admins read.
 */
@Singleton
public class Definitions {
    private static final Logger LOG = LoggerFactory.getLogger(Definitions.class);
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,59}");
    private static final int MAX_DESCRIPTION = 4000;
    private static final int MAX_BODY = 20000;

    private final DefinitionStore store;
    private final DefinitionWorkflow workflow;
    private final GovernanceSettings settings;

    public Definitions(DefinitionStore store, DefinitionWorkflow workflow, GovernanceSettings settings) {
        this.store = store;
        this.workflow = workflow;
        this.settings = settings;
    }

    public DefinitionView create(Principal actor, String key, String kindName, String description, String body) {
        requireMember(actor);
        List<Violation> violations = new ArrayList<>();
        if (key == null || !KEY.matcher(key).matches())
            violations.add(new Violation("key", "must be 2-60 characters of a-z, 0-9 and '-', starting with a letter"));
        DefinitionKind kind = kindName == null ? null : DefinitionKind.fromWire(kindName).orElse(null);
        if (kind == null) violations.add(new Violation("kind", "must be one of " + String.join(", ", DefinitionKind.wireNames())));
        checkText(description, body, violations);
        if (kind != null && body != null && violations.stream().noneMatch(v -> v.field().equals("body"))) checkBody(kind, body, violations);
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid definition", violations);
        if (!store.history(key).isEmpty())
            throw RequestRefused.conflict("Definition exists", "'" + key + "' exists; PUT /api/v1/definitions/" + key + " makes a new version");
        Optional<DefinitionVersion> sameKind = store.all().stream().filter(v -> v.kindValue() == kind).findFirst();
        if (sameKind.isPresent())
            throw RequestRefused.conflict("Kind already defined", "The " + kind.wire() + " is defined by '" + sameKind.get().getKey()
                    + "'; revise that definition instead, so that one version is in force");
        DefinitionVersion saved = store.save(new DefinitionVersion(key, kind, 1, description.strip(), body, actor.name()), actor.name(), "DEFINITION_DRAFTED");
        return view(saved, Instant.now());
    }

    public record Revision(DefinitionView version, boolean changed) {
    }

    /** A changed description or body is a new draft version; the same text again changes nothing. */
    public Revision revise(Principal actor, String key, String description, String body) {
        requireMember(actor);
        List<DefinitionVersion> history = existing(key);
        DefinitionVersion latest = history.get(0);
        String newDescription = description == null ? latest.getDescription() : description;
        String newBody = body == null ? latest.getBody() : body;
        List<Violation> violations = new ArrayList<>();
        checkText(newDescription, newBody, violations);
        if (violations.isEmpty()) checkBody(latest.kindValue(), newBody, violations);
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid definition", violations);
        if (latest.getBody().equals(newBody) && latest.getDescription().equals(newDescription.strip()))
            return new Revision(view(latest, Instant.now()), false);
        if (latest.statusValue() == DefinitionStatus.IN_REVIEW)
            throw RequestRefused.conflict("Version in review", key + " v" + latest.getVersion()
                    + " is being voted on; wait for the vote (a rejection sends it back to draft) before revising");
        DefinitionVersion saved = store.save(new DefinitionVersion(key, latest.kindValue(), latest.getVersion() + 1,
                newDescription.strip(), newBody, actor.name()), actor.name(), "DEFINITION_REVISED");
        return new Revision(view(saved, Instant.now()), true);
    }

    /** Puts a draft to the committee's vote: every member but the proposer votes; the vote closes after vote-duration. */
    public DefinitionView propose(Principal actor, String key, int version, Instant effectiveFrom) {
        requireMember(actor);
        existing(key);
        Instant now = Instant.now();
        if (effectiveFrom != null && effectiveFrom.isBefore(now.minusSeconds(60)))
            throw RequestRefused.invalid("Invalid proposal", List.of(new Violation("effectiveFrom", "lies in the past; a definition takes effect from its approval at the earliest")));
        List<String> voters = voters(actor.name());
        if (voters.isEmpty())
            throw RequestRefused.conflict("No voters", "hub.governance.committee names no member other than " + actor.name() + " who could vote");
        DefinitionVersion proposed = store.markProposed(key, version, actor.name(), now.plus(settings.voteLength()), effectiveFrom);
        startVote(proposed);
        return view(store.version(key, version), Instant.now());
    }

    public DefinitionView vote(Principal actor, String key, int version, DefinitionWorkflow.Vote vote, String comment) {
        requireMember(actor);
        DefinitionVersion v = inReview(key, version);
        if (actor.name().equals(v.getProposedBy()))
            throw RequestRefused.forbidden(actor.name() + " proposed " + key + " v" + version + " and may not vote on their own proposal");
        if (!settings.committee().contains(actor.name()))
            throw RequestRefused.forbidden(actor.name() + " is not a voting member of the committee (hub.governance.committee)");
        if (store.votes(v.getId()).stream().anyMatch(x -> x.getReviewRound() == v.getReviewRound() && x.getVoter().equals(actor.name())))
            throw RequestRefused.conflict("Already voted", actor.name() + " has voted on " + key + " v" + version + " already");
        if (!workflow.pendingVoters(v.getId(), v.getReviewRound()).contains(actor.name()))
            throw RequestRefused.conflict("Vote closed", "The vote on " + key + " v" + version + " has no open vote for " + actor.name()
                    + (workflow.awaitsChair(v.getId(), v.getReviewRound()) ? ": it passed its due date and waits for the chair" : ""));
        workflow.vote(v.getId(), v.getReviewRound(), actor.name(), vote, blankToNull(comment));
        return view(store.version(key, version), Instant.now());
    }

    public DefinitionView decideAsChair(Principal actor, String key, int version, DefinitionWorkflow.Vote decision, String comment) {
        requireMember(actor);
        DefinitionVersion v = inReview(key, version);
        if (!actor.name().equals(settings.chair()))
            throw RequestRefused.forbidden("Only the chair (" + settings.chair() + ") decides an overdue proposal");
        if (!workflow.awaitsChair(v.getId(), v.getReviewRound()))
            throw RequestRefused.conflict("Vote still open", key + " v" + version + " is still being voted on; the chair decides after the due date " + v.getDueAt());
        if (decision == DefinitionWorkflow.Vote.APPROVE && actor.name().equals(v.getProposedBy()))
            throw RequestRefused.forbidden(actor.name() + " proposed " + key + " v" + version + " and may not approve it");
        workflow.decideAsChair(v.getId(), v.getReviewRound(), actor.name(), decision, blankToNull(comment));
        return view(store.version(key, version), Instant.now());
    }

    public List<DefinitionSummary> list(Principal reader) {
        requireReader(reader);
        Instant now = Instant.now();
        Map<String, List<DefinitionVersion>> byKey = new LinkedHashMap<>();
        store.all().forEach(v -> byKey.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(v));
        List<DefinitionSummary> out = new ArrayList<>();
        byKey.forEach((key, versions) -> {
            DefinitionVersion latest = versions.get(0);
            Optional<DefinitionVersion> inForce = inForce(versions, now);
            out.add(new DefinitionSummary(key, latest.kindValue().wire(), inForce.orElse(latest).getDescription(),
                    inForce.map(DefinitionVersion::getVersion).orElse(null), inForce.map(DefinitionVersion::getEffectiveFrom).orElse(null),
                    inForce.map(DefinitionVersion::getBody).orElse(null), latest.getVersion(), latest.getStatus()));
        });
        return out;
    }

    public List<DefinitionView> history(Principal reader, String key, Instant at) {
        requireReader(reader);
        return existing(key).stream().map(v -> view(v, at)).toList();
    }

    public DefinitionView version(Principal reader, String key, int version) {
        requireReader(reader);
        return view(store.version(key, version), Instant.now());
    }

    /** The proposals being voted on, oldest first, with whether this member still has to act on them. */
    public List<DefinitionView> inReview(Principal reader) {
        requireReader(reader);
        return store.inReview().stream().map(v -> view(v, Instant.now())).toList();
    }

    public boolean awaitsAction(Principal reader, DefinitionView proposal) {
        return proposal.pendingVoters().contains(reader.name()) || (proposal.awaitsChair() && reader.name().equals(settings.chair()));
    }

    /** The version of a kind in force at a moment: the latest approved version whose effective date has come. */
    public Optional<DefinitionVersion> inForce(DefinitionKind kind, Instant at) {
        Map<String, List<DefinitionVersion>> byKey = new LinkedHashMap<>();
        store.approved().stream().filter(v -> v.kindValue() == kind).forEach(v -> byKey.computeIfAbsent(v.getKey(), k -> new ArrayList<>()).add(v));
        return byKey.values().stream().flatMap(versions -> inForce(versions, at).stream())
                .max(Comparator.comparing(DefinitionVersion::getEffectiveFrom));
    }

    public DefinitionView inForceView(Principal reader, String key, Instant at) {
        requireReader(reader);
        return inForce(existing(key), at).map(v -> view(v, at))
                .orElseThrow(() -> RequestRefused.notFound("version in force of definition", key + (at == null ? "" : " at " + at)));
    }

    /** Votes whose process did not start (the hub stopped between the two steps) are started now; idempotent. */
    public void startMissingVotes() {
        Instant settled = Instant.now().minusSeconds(60);
        for (DefinitionVersion v : store.inReview()) {
            // a proposal of the last minute may be starting its vote right now
            if (v.getProposedAt() != null && v.getProposedAt().isAfter(settled)) continue;
            if (!workflow.isRunning(v.getId(), v.getReviewRound())) {
                LOG.info("starting the missing vote of definition {} v{} round {}", v.getKey(), v.getVersion(), v.getReviewRound());
                startVote(v);
            }
        }
    }

    public GovernanceSettings settings() {
        return settings;
    }

    private void startVote(DefinitionVersion v) {
        List<String> voters = voters(v.getProposedBy());
        workflow.start(new DefinitionWorkflow.Proposal(v.getId(), v.getReviewRound(), v.getKey(), v.getVersion(), v.getProposedBy(),
                voters, Math.min(settings.quorum(), voters.size()), settings.chair(), settings.reminderAfter(), settings.voteDuration()));
    }

    private List<String> voters(String proposer) {
        return settings.committee().stream().filter(m -> !m.equals(proposer)).distinct().toList();
    }

    static Optional<DefinitionVersion> inForce(List<DefinitionVersion> versions, Instant at) {
        Instant when = at == null ? Instant.now() : at;
        return versions.stream()
                .filter(v -> v.statusValue() == DefinitionStatus.APPROVED || v.statusValue() == DefinitionStatus.DEPRECATED)
                .filter(v -> v.getEffectiveFrom() != null && !v.getEffectiveFrom().isAfter(when))
                .max(Comparator.comparingInt(DefinitionVersion::getVersion));
    }

    private DefinitionView view(DefinitionVersion v, Instant at) {
        Optional<DefinitionVersion> inForce = inForce(store.history(v.getKey()), at);
        boolean running = v.statusValue() == DefinitionStatus.IN_REVIEW;
        List<String> pending = running ? workflow.pendingVoters(v.getId(), v.getReviewRound()) : List.of();
        boolean awaitsChair = running && workflow.awaitsChair(v.getId(), v.getReviewRound());
        List<DefinitionView.VoteView> votes = store.votes(v.getId()).stream()
                .map(x -> new DefinitionView.VoteView(x.getVoter(), x.getVote(), x.getComment(), x.isByChair(), x.getReviewRound(), x.getCastAt()))
                .toList();
        return new DefinitionView(v.getKey(), v.kindValue().wire(), v.getVersion(), v.getStatus(),
                inForce.map(f -> f.getId().equals(v.getId())).orElse(false), v.getDescription(), v.getBody(), v.getCreatedBy(),
                v.getCreatedAt(), v.getProposedBy(), v.getProposedAt(), v.getDueAt(), v.getRequestedEffective(), v.getEffectiveFrom(),
                v.getRemindedAt(), v.getEscalatedAt(), v.getDecidedAt(), v.getDecidedBy(), v.getDecisionComment(), v.getReviewRound(),
                votes, pending, awaitsChair);
    }

    private DefinitionVersion inReview(String key, int version) {
        DefinitionVersion v = store.version(key, version);
        if (v.statusValue() != DefinitionStatus.IN_REVIEW)
            throw RequestRefused.conflict("Not in review", key + " v" + version + " is " + v.getStatus().toLowerCase().replace('_', ' ') + ", not being voted on");
        return v;
    }

    private List<DefinitionVersion> existing(String key) {
        List<DefinitionVersion> history = store.history(key);
        if (history.isEmpty()) throw RequestRefused.notFound("definition", key);
        return history;
    }

    private static void checkText(String description, String body, List<Violation> violations) {
        if (description == null || description.isBlank() || description.length() > MAX_DESCRIPTION)
            violations.add(new Violation("description", "is required, at most " + MAX_DESCRIPTION + " characters: what the definition means, in words"));
        if (body == null || body.isBlank()) violations.add(new Violation("body", "is required: the executable definition"));
        else if (body.length() > MAX_BODY) violations.add(new Violation("body", "may have at most " + MAX_BODY + " characters"));
    }

    private static void checkBody(DefinitionKind kind, String body, List<Violation> violations) {
        try {
            DefinitionBodies.compile(kind, body);
        } catch (InvalidBody e) {
            violations.add(new Violation("body", e.getMessage()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static void requireMember(Principal actor) {
        if (!actor.has(Role.COMMITTEE)) throw RequestRefused.forbidden("Definitions are drafted, proposed and voted on by committee members");
    }

    static void requireReader(Principal reader) {
        if (!reader.has(Role.COMMITTEE) && !reader.has(Role.ADMIN) && !reader.has(Role.STEWARD))
            throw RequestRefused.forbidden("Definitions are read by committee members, stewards and admins");
    }
}
