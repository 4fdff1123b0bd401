package org.customerhub.ingestion;

import jakarta.inject.Singleton;
import org.customerhub.matching.PendingReviews;
import org.customerhub.stewardship.ReviewService;

/** The open merge reviews as matching sees them, by the masters they concern. */
@Singleton
public class OpenReviewsBetweenMasters implements PendingReviews {
    private final ReviewService reviews;

    public OpenReviewsBetweenMasters(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public boolean between(long masterA, long masterB) {
        return reviews.openBetween(masterA, masterB);
    }
}
