package org.customerhub.stewardship;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.common.Failures;
import org.customerhub.common.Json;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.ingestion.SourceRecord;
import org.customerhub.ingestion.SourceRecordRepository;
import org.customerhub.audit.AuditLog;
import org.customerhub.mastering.GoldenValue;
import org.customerhub.mastering.MasteringService;
import org.customerhub.matching.MasterCandidate;
import org.customerhub.matching.PairScore;
import org.customerhub.matching.PairScorer;
import org.customerhub.matching.StoredMatchDecisionRepository;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.source.SourceRegistry;
import org.customerhub.standardize.MatchKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merge reviews: opened by matching, routed through the review process, decided by stewards. The review row is
 * written with the hub's data; the process is started after commit and, should that fail, by the sweep
 * ({@link #startMissingProcesses()}), so that a review never exists without its task for long.
 */
@Singleton
public class ReviewService {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewService.class);
    private final MergeReviewRepository reviews;
    private final ReviewWorkflow workflow;
    private final SourceRecordRepository records;
    private final SourceRegistry sources;
    private final MasteringService mastering;
    private final PairScorer scorer;
    private final StoredMatchDecisionRepository decisions;
    private final AuditLog audit;
    private final ProcessStartClaims claims;

    @SuppressWarnings("java:S107") // the review's steps, each a narrow collaborator
    public ReviewService(MergeReviewRepository reviews, ReviewWorkflow workflow, SourceRecordRepository records,
                         SourceRegistry sources, MasteringService mastering, PairScorer scorer,
                         StoredMatchDecisionRepository decisions, AuditLog audit, ProcessStartClaims claims) {
        this.claims = claims;
        this.decisions = decisions;
        this.audit = audit;
        this.reviews = reviews;
        this.workflow = workflow;
        this.records = records;
        this.sources = sources;
        this.mastering = mastering;
        this.scorer = scorer;
    }

    /** Joins the caller's transaction: the review exists exactly when the record's provisional master does. */
    @Transactional
    public MergeReview open(SourceRecord record, MasterCandidate candidate, long decisionId) {
        return reviews.save(new MergeReview(record.getId(), record.getMasterId(), candidate.candidateRecordId(),
                candidate.masterId(), decisionId, candidate.score().probability()));
    }

    /**
     * Starts the review's process once and remembers its instance id. Concurrent callers (the ingest thread, the
     * sweep, a steward) race for a claim on the row; the loser does nothing. A failed start gives the claim back.
     */
    public void startProcess(long reviewId) {
        MergeReview review = reviews.findById(reviewId).orElseThrow();
        if (!review.isOpen() || review.getProcessInstanceId() != null) return;
        if (reviews.claimProcessStart(reviewId) != 1) return;
        try {
            SourceRecord record = records.findById(review.getSourceRecordId()).orElseThrow();
            String instance = workflow.start(review, scoreBand(review.getProbability()), sources.byId(record.getSourceId()).code());
            reviews.recordProcessInstance(reviewId, instance);
        } catch (RuntimeException e) {
            reviews.recordProcessInstance(reviewId, null);
            throw e;
        }
    }

    /**
     * Starts the processes of several reviews, those of one bulk transaction, together: claimed in one statement,
     * started in one engine transaction, recorded in one hub transaction. Should that fail, the claim is given back
     * and each review is started on its own as {@link #startProcess} does; a review whose start still fails is logged
     * and left to the sweep. Never throws.
     */
    public void startProcesses(List<Long> reviewIds) {
        if (reviewIds.size() < 2) {
            reviewIds.forEach(this::startProcessOrLeaveToSweep);
            return;
        }
        String claim = ProcessStartClaims.newClaim();
        try {
            List<MergeReview> claimed = claims.claim(reviewIds, claim);
            if (claimed.isEmpty()) return;
            Map<Long, String> codes = sourceCodes(claimed);
            Map<Long, String> instances = workflow.startAll(claimed.stream()
                    .map(r -> new ReviewWorkflow.Start(r, scoreBand(r.getProbability()), codes.get(r.getId()))).toList());
            claims.recordProcessInstances(instances);
        } catch (RuntimeException e) {
            LOG.warn("{} reviews: starting their processes together failed, starting them one by one: {}", reviewIds.size(),
                    Failures.describe(e));
            try {
                claims.release(claim);
            } catch (RuntimeException releaseFailed) {
                LOG.warn("{} reviews: claim not given back: {}", reviewIds.size(), Failures.describe(releaseFailed));
            }
            reviewIds.forEach(this::startProcessOrLeaveToSweep);
        }
    }

    /** The source code of each review's record, by review id, in one query. */
    private Map<Long, String> sourceCodes(List<MergeReview> claimed) {
        Map<Long, Long> sourceByRecord = new HashMap<>();
        for (SourceRecord r : records.findByIdIn(claimed.stream().map(MergeReview::getSourceRecordId).toList())) {
            sourceByRecord.put(r.getId(), r.getSourceId());
        }
        Map<Long, String> codes = new HashMap<>();
        for (MergeReview r : claimed) {
            Long sourceId = sourceByRecord.get(r.getSourceRecordId());
            if (sourceId == null) throw new IllegalStateException("review " + r.getId() + ": source record " + r.getSourceRecordId() + " not found");
            codes.put(r.getId(), sources.byId(sourceId).code());
        }
        return codes;
    }

    private void startProcessOrLeaveToSweep(long reviewId) {
        try {
            startProcess(reviewId);
        } catch (RuntimeException e) {
            LOG.warn("review {}: process not started yet, the sweep retries: {}", reviewId, Failures.describe(e));
        }
    }

    public int startMissingProcesses() {
        int started = 0;
        for (MergeReview review : reviews.findByStatusAndProcessInstanceIdIsNull(MergeReview.Status.OPEN.name())) {
            try {
                startProcess(review.getId());
                started++;
            } catch (RuntimeException e) {
                LOG.warn("review {}: process start failed, retrying later: {}", review.getId(), Failures.describe(e));
            }
        }
        return started;
    }

    /** A steward's decision; completes the task, and the process applies it. */
    public void decide(long reviewId, ReviewWorkflow.Decision decision, Principal steward, String comment) {
        if (!steward.has(Role.STEWARD)) throw RequestRefused.forbidden("Only stewards decide merge reviews");
        if (comment != null && comment.length() > 2000)
            throw RequestRefused.invalid("Comment too long", List.of(new Violation("comment", "at most 2000 characters")));
        MergeReview review = reviews.findById(reviewId).orElseThrow(() -> RequestRefused.notFound("review", String.valueOf(reviewId)));
        if (!review.isOpen() && workflow.taskOf(reviewId).isPresent()) {
            // decided in the hub but the engine's step did not commit: finish the task (the delegates are no-ops now)
            workflow.complete(reviewId, MergeReview.Status.APPROVED.name().equals(review.getStatus())
                    ? ReviewWorkflow.Decision.APPROVE : ReviewWorkflow.Decision.REJECT, review.getDecidedBy(), "");
        }
        if (!review.isOpen())
            throw RequestRefused.conflict("Review already decided", "Review " + reviewId + " was " + review.getStatus().toLowerCase()
                    + " by " + review.getDecidedBy());
        if (review.getProcessInstanceId() == null) startProcess(reviewId);
        workflow.taskOf(reviewId).ifPresent(task -> TaskAssignment.requireHolderOrLead(reviewId, task, steward, "decide"));
        workflow.complete(reviewId, decision, steward.name(), comment == null ? "" : comment.strip());
        if (decision == ReviewWorkflow.Decision.APPROVE && reviews.findById(reviewId).map(MergeReview::isOpen).orElse(false)) {
            // four eyes: the merge waits for a second steward, but the first approval is a decision too
            audit.record(steward.name(), "REVIEW_FIRST_APPROVAL", "review:" + reviewId, "waits for a second steward"
                    + (comment == null || comment.isBlank() ? "" : ": " + comment.strip()));
        }
    }

    /**
     * The golden record the review's two masters would have if it were approved now, with lineage; empty once the
     * review is decided.
     */
    @Transactional
    public Map<String, GoldenValue> mergePreview(long reviewId) {
        MergeReview review = reviews.findById(reviewId).orElseThrow(() -> RequestRefused.notFound("review", String.valueOf(reviewId)));
        if (!review.isOpen()) return Map.of();
        return mastering.previewMerge(review.getRecordMasterId(), review.getCandidateMasterId());
    }

    @Transactional
    public ReviewDetail detail(long reviewId) {
        MergeReview review = reviews.findById(reviewId).orElseThrow(() -> RequestRefused.notFound("review", String.valueOf(reviewId)));
        SourceRecord record = records.findById(review.getSourceRecordId()).orElseThrow();
        SourceRecord candidate = records.findById(review.getCandidateRecordId()).orElseThrow();
        // the explanation stored with the decision, as scored by the model version of that day
        PairScore score = decisions.findById(review.getMatchDecisionId())
                .map(d -> Json.read(d.getExplanation(), new TypeReference<PairScore>() { }))
                .orElseGet(() -> scorer.score(keys(record), keys(candidate)));
        String taskId = workflow.taskOf(reviewId).map(ReviewWorkflow.OpenTask::taskId).orElse(null);
        return new ReviewDetail(review.getId(), review.getStatus(), review.getProbability(),
                sources.byId(record.getSourceId()).code(), record.getSourceKey(),
                sources.byId(candidate.getSourceId()).code(), candidate.getSourceKey(),
                mastering.view(review.getRecordMasterId()), mastering.view(review.getCandidateMasterId()),
                score, review.getDecidedBy(), review.getDecisionComment(), taskId);
    }

    /** OPEN, APPROVED or REJECTED. */
    @Transactional
    public String status(long reviewId) {
        return reviews.findById(reviewId).map(MergeReview::getStatus)
                .orElseThrow(() -> RequestRefused.notFound("review", String.valueOf(reviewId)));
    }

    @Transactional
    public List<MergeReview> open() {
        return reviews.findByStatusOrderById(MergeReview.Status.OPEN.name());
    }

    /** Whether a steward already has the question "are these two masters one person?" before them. */
    @Transactional
    public boolean openBetween(long masterA, long masterB) {
        return reviews.countOpenBetween(masterA, masterB) > 0;
    }

    public long countOpen() {
        return reviews.countByStatus(MergeReview.Status.OPEN.name());
    }

    static MatchKeys keys(SourceRecord r) {
        return MatchKeys.of(CanonicalRecord.fromWire(Json.readMap(r.getCanonicalJson())));
    }

    static String scoreBand(double probability) {
        if (probability >= 0.95) return "high";
        if (probability >= 0.8) return "medium";
        return "low";
    }
}
