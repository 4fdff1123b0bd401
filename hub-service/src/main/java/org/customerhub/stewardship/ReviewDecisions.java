package org.customerhub.stewardship;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.audit.AuditLog;
import org.customerhub.common.RequestRefused;
import org.customerhub.mastering.MasterRecord;
import org.customerhub.mastering.MasteringService;
import org.customerhub.matching.NotAMatchRegistry;

import java.time.Instant;

/**
 * Applies a steward's decision on a merge review; called by the review process. Idempotent: a review that
 * is already decided is left as it is, so a retried process step cannot merge twice.
 */
@Singleton
public class ReviewDecisions {
    private final MergeReviewRepository reviews;
    private final MasteringService mastering;
    private final NotAMatchRegistry notAMatch;
    private final AuditLog audit;

    public ReviewDecisions(MergeReviewRepository reviews, MasteringService mastering, NotAMatchRegistry notAMatch, AuditLog audit) {
        this.reviews = reviews;
        this.mastering = mastering;
        this.notAMatch = notAMatch;
        this.audit = audit;
    }

    @Transactional
    public MasterRecord approve(long reviewId, String steward, String comment) {
        MergeReview review = reviews.findById(reviewId).orElseThrow(() -> RequestRefused.notFound("review", String.valueOf(reviewId)));
        if (!review.isOpen()) return mastering.active(review.getCandidateMasterId());
        MasterRecord survivor = mastering.merge(review.getCandidateMasterId(), review.getRecordMasterId(), steward,
                "merge review " + reviewId + " approved");
        close(review, MergeReview.Status.APPROVED, steward, comment);
        audit.record(steward, "REVIEW_APPROVED", "review:" + reviewId, "merged into " + survivor.getCustomerNumber());
        return survivor;
    }

    @Transactional
    public void reject(long reviewId, String steward, String comment) {
        MergeReview review = reviews.findById(reviewId).orElseThrow(() -> RequestRefused.notFound("review", String.valueOf(reviewId)));
        if (!review.isOpen()) return;
        notAMatch.assertNotAMatch(review.getSourceRecordId(), review.getCandidateRecordId(), steward,
                comment == null || comment.isBlank() ? "merge review " + reviewId + " rejected" : comment);
        close(review, MergeReview.Status.REJECTED, steward, comment);
        audit.record(steward, "REVIEW_REJECTED", "review:" + reviewId, "recorded as not-a-match");
    }

    private void close(MergeReview review, MergeReview.Status status, String steward, String comment) {
        review.setStatus(status.name());
        review.setDecidedBy(steward);
        review.setDecidedAt(Instant.now());
        review.setDecisionComment(comment);
        reviews.update(review);
    }
}
