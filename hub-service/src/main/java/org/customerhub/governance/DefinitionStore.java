package org.customerhub.governance;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.audit.AuditLog;
import org.customerhub.common.Json;
import org.customerhub.common.RequestRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The definition tables, one transaction per step. The steps the approval process calls back (votes, approval,
 * return to draft, reminder, escalation) are idempotent: a retried engine command cannot count or approve twice.
 */
@Singleton
public class DefinitionStore {
    private static final Logger LOG = LoggerFactory.getLogger(DefinitionStore.class);
    static final String PROCESS_ACTOR = "process:definition-approval";

    /** How long {@link #approved} answers from what it read: another node's approval applies within this. */
    static final long APPROVED_FOR_NANOS = 1_000_000_000L;

    private final DefinitionVersionRepository versions;
    private final DefinitionVoteRepository votes;
    private final AuditLog audit;
    /** What {@link #approved} read last, and when; null after a write of this node. */
    private volatile Approved approved;
    /** Counts this node's writes, so that a read that overlapped one is not kept. */
    private final AtomicLong writes = new AtomicLong();

    private final ApplicationEventPublisher<Written> written;

    private record Approved(List<DefinitionVersion> versions, long readAt) {
    }

    /** A write of this node's to the definition tables, told again when its transaction has ended. */
    record Written() {
    }

    public DefinitionStore(DefinitionVersionRepository versions, DefinitionVoteRepository votes, AuditLog audit,
                           ApplicationEventPublisher<Written> written) {
        this.written = written;
        this.versions = versions;
        this.votes = votes;
        this.audit = audit;
    }

    @Transactional
    public DefinitionVersion save(DefinitionVersion version, String actor, String action) {
        changed();
        DefinitionVersion saved = versions.save(version);
        audit.record(actor, action, target(saved), Json.write(Map.of("version", saved.getVersion(), "kind", saved.kindValue().wire())));
        return saved;
    }

    @Transactional
    public List<DefinitionVersion> history(String key) {
        return versions.findByKeyOrderByVersionDesc(key);
    }

    @Transactional
    public List<DefinitionVersion> all() {
        return versions.findAllByKeyAndVersion();
    }

    /**
     * The approved and deprecated versions, the only ones that can be in force: asked for on every record that is
     * mastered (household rule, customer-number format), so read at most once a second and again at once after a
     * write of this node. Read-only: what it returns is shared.
     */
    @Transactional
    public List<DefinitionVersion> approved() {
        Approved last = approved;
        long now = System.nanoTime();
        if (last != null && now - last.readAt < APPROVED_FOR_NANOS) return last.versions;
        long writesBefore = writes.get();
        List<DefinitionVersion> read = List.copyOf(versions.findByStatuses(
                List.of(DefinitionStatus.APPROVED.name(), DefinitionStatus.DEPRECATED.name())));
        if (writes.get() == writesBefore) approved = new Approved(read, now);
        return read;
    }

    /**
     * Drops what {@link #approved} read, now and again when the writing transaction ends: a read between the two
     * (another thread, while the write is not committed) saw the versions as they were and must not be kept.
     */
    private void changed() {
        forgetApproved();
        written.publishEvent(new Written());
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMPLETION)
    void afterWrite(Written event) {
        forgetApproved();
    }

    private void forgetApproved() {
        writes.incrementAndGet();
        approved = null;
    }

    @Transactional
    public List<DefinitionVersion> inReview() {
        return versions.findByStatusOrderByProposedAtAsc(DefinitionStatus.IN_REVIEW.name());
    }

    @Transactional
    public DefinitionVersion version(String key, int version) {
        return versions.findByKeyAndVersion(key, version)
                .orElseThrow(() -> RequestRefused.notFound("definition version", key + " v" + version));
    }

    @Transactional
    public Optional<DefinitionVersion> byId(long id) {
        return versions.findById(id);
    }

    @Transactional
    public List<DefinitionVote> votes(long versionId) {
        return votes.findByDefinitionVersionIdOrderByCastAt(versionId);
    }

    /** Moves a draft into review for a new round; the caller starts the vote after this commits. */
    @Transactional
    public DefinitionVersion markProposed(String key, int version, String proposer, Instant dueAt, Instant requestedEffective) {
        DefinitionVersion v = version(key, version);
        if (v.statusValue() != DefinitionStatus.DRAFT)
            throw RequestRefused.conflict("Not a draft", key + " v" + version + " is " + v.getStatus().toLowerCase().replace('_', ' ')
                    + "; only a draft can be proposed");
        int latest = versions.findByKeyOrderByVersionDesc(key).get(0).getVersion();
        if (latest != version)
            throw RequestRefused.conflict("Not the latest version", key + " v" + version + " has a later version v" + latest + "; propose that one");
        v.setStatus(DefinitionStatus.IN_REVIEW.name());
        v.setReviewRound(v.getReviewRound() + 1);
        v.setProposedBy(proposer);
        v.setProposedAt(Instant.now());
        v.setDueAt(dueAt);
        v.setRequestedEffective(requestedEffective);
        v.setRemindedAt(null);
        v.setEscalatedAt(null);
        v.setDecidedAt(null);
        v.setDecidedBy(null);
        v.setDecisionComment(null);
        DefinitionVersion saved = versions.update(v);
        audit.record(proposer, "DEFINITION_PROPOSED", target(saved), Json.write(Map.of("version", version, "round", saved.getReviewRound(),
                "requestedEffective", requestedEffective == null ? "on approval" : requestedEffective.toString())));
        return saved;
    }

    @Transactional
    public void processStarted(long versionId, String processInstanceId) {
        versions.findById(versionId).ifPresent(v -> {
            v.setProcessInstanceId(processInstanceId);
            versions.update(v);
        });
    }

    /** A vote (or the chair's decision) as the process accepted it; a retry of the same vote changes nothing. */
    @Transactional
    public void recordVote(long versionId, int round, String voter, String vote, String comment, boolean byChair) {
        DefinitionVersion v = versions.findById(versionId).orElseThrow(() -> RequestRefused.notFound("definition version", String.valueOf(versionId)));
        Optional<DefinitionVote> earlier = votes.findByDefinitionVersionIdAndReviewRoundAndVoter(versionId, round, voter);
        if (earlier.isPresent()) return;
        votes.save(new DefinitionVote(versionId, round, voter, vote, comment, byChair));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("version", v.getVersion());
        detail.put("round", round);
        detail.put("vote", vote);
        if (comment != null) detail.put("comment", comment);
        audit.record(voter, byChair ? "DEFINITION_CHAIR_DECISION" : "DEFINITION_VOTE", target(v), Json.write(detail));
    }

    /** The vote carried: the version takes effect at its requested date, or now if that has passed. */
    @Transactional
    public void approve(long versionId, int round) {
        changed();
        DefinitionVersion v = versions.findById(versionId).orElseThrow();
        if (v.statusValue() != DefinitionStatus.IN_REVIEW || v.getReviewRound() != round) return;
        Instant now = Instant.now();
        v.setStatus(DefinitionStatus.APPROVED.name());
        v.setEffectiveFrom(v.getRequestedEffective() != null && v.getRequestedEffective().isAfter(now) ? v.getRequestedEffective() : now);
        v.setDecidedAt(now);
        v.setDecidedBy(approvers(versionId, round, "APPROVE"));
        versions.update(v);
        audit.record(PROCESS_ACTOR, "DEFINITION_APPROVED", target(v), Json.write(Map.of("version", v.getVersion(), "round", round,
                "approvedBy", v.getDecidedBy(), "effectiveFrom", v.getEffectiveFrom().toString())));
        LOG.info("definition {} v{} approved, effective from {}", v.getKey(), v.getVersion(), v.getEffectiveFrom());
    }

    /** The vote failed: back to draft, with the rejecting members' comments for the next version. */
    @Transactional
    public void returnToDraft(long versionId, int round) {
        changed();
        DefinitionVersion v = versions.findById(versionId).orElseThrow();
        if (v.statusValue() != DefinitionStatus.IN_REVIEW || v.getReviewRound() != round) return;
        List<DefinitionVote> rejecting = votes.findByDefinitionVersionIdOrderByCastAt(versionId).stream()
                .filter(x -> x.getReviewRound() == round && "REJECT".equals(x.getVote())).toList();
        v.setStatus(DefinitionStatus.DRAFT.name());
        v.setDecidedAt(Instant.now());
        v.setDecidedBy(approvers(versionId, round, "REJECT"));
        String comments = rejecting.stream().filter(x -> x.getComment() != null && !x.getComment().isBlank())
                .map(x -> x.getVoter() + ": " + x.getComment()).collect(Collectors.joining("\n"));
        v.setDecisionComment(comments.isEmpty() ? null : comments.length() > 4000 ? comments.substring(0, 4000) : comments);
        versions.update(v);
        audit.record(PROCESS_ACTOR, "DEFINITION_REJECTED", target(v), Json.write(Map.of("version", v.getVersion(), "round", round,
                "rejectedBy", v.getDecidedBy() == null ? "" : v.getDecidedBy())));
    }

    @Transactional
    public void reminded(long versionId, int round, List<String> pending) {
        versions.findById(versionId).filter(v -> v.getReviewRound() == round && v.getRemindedAt() == null).ifPresent(v -> {
            v.setRemindedAt(Instant.now());
            versions.update(v);
            audit.record(PROCESS_ACTOR, "DEFINITION_VOTE_REMINDER", target(v), Json.write(Map.of("version", v.getVersion(), "pending", pending)));
        });
    }

    @Transactional
    public void escalated(long versionId, int round, String chair) {
        versions.findById(versionId).filter(v -> v.getReviewRound() == round && v.getEscalatedAt() == null).ifPresent(v -> {
            v.setEscalatedAt(Instant.now());
            versions.update(v);
            audit.record(PROCESS_ACTOR, "DEFINITION_ESCALATED", target(v), Json.write(Map.of("version", v.getVersion(), "chair", chair)));
        });
    }

    /** Approved versions overtaken by a later one in force become deprecated. */
    @Transactional
    public int supersede(Instant now) {
        changed();
        int changed = 0;
        Map<String, List<DefinitionVersion>> byKey = versions.findByStatuses(List.of(DefinitionStatus.APPROVED.name()))
                .stream().collect(Collectors.groupingBy(DefinitionVersion::getKey));
        for (List<DefinitionVersion> approved : byKey.values()) {
            Optional<DefinitionVersion> inForce = approved.stream().filter(v -> !v.getEffectiveFrom().isAfter(now))
                    .max(Comparator.comparingInt(DefinitionVersion::getVersion));
            if (inForce.isEmpty()) continue;
            for (DefinitionVersion v : approved) {
                if (v.getVersion() < inForce.get().getVersion()) {
                    v.setStatus(DefinitionStatus.DEPRECATED.name());
                    versions.update(v);
                    audit.record(PROCESS_ACTOR, "DEFINITION_DEPRECATED", target(v), Json.write(Map.of("version", v.getVersion(),
                            "supersededBy", inForce.get().getVersion())));
                    changed++;
                }
            }
        }
        return changed;
    }

    private String approvers(long versionId, int round, String vote) {
        String names = votes.findByDefinitionVersionIdOrderByCastAt(versionId).stream()
                .filter(x -> x.getReviewRound() == round && vote.equals(x.getVote())).map(DefinitionVote::getVoter)
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? null : names;
    }

    static String target(DefinitionVersion v) {
        return "definition:" + v.getKey();
    }
}
