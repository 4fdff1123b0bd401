package org.customerhub.stewardship;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The hub's side of starting several review processes together: the reviews claimed in one statement (the claim
 * names the start, so that the caller learns which of them it won), and the process instances recorded in one
 * transaction. A claim that the start gives back leaves the reviews to the next start or to the sweep.
 */
@Singleton
public class ProcessStartClaims {
    private static final String CLAIM_PREFIX = "starting:";
    private final MergeReviewRepository reviews;

    public ProcessStartClaims(MergeReviewRepository reviews) {
        this.reviews = reviews;
    }

    /** A fresh claim name; every non-null process instance id keeps other starters off the review. */
    static String newClaim() {
        return CLAIM_PREFIX + UUID.randomUUID();
    }

    /** The open reviews among {@code reviewIds} without a process that this claim won. */
    @Transactional
    public List<MergeReview> claim(Collection<Long> reviewIds, String claim) {
        if (reviews.claimProcessStarts(reviewIds, claim) == 0) return List.of();
        return reviews.findByProcessInstanceIdOrderById(claim);
    }

    @Transactional
    public void recordProcessInstances(Map<Long, String> instanceByReview) {
        instanceByReview.forEach(reviews::recordProcessInstance);
    }

    /** Gives back what the claim still holds. */
    @Transactional
    public void release(String claim) {
        reviews.releaseProcessStarts(claim);
    }
}
