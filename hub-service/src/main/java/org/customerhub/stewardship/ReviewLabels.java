package org.customerhub.stewardship;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.matching.LabelledPair;
import org.customerhub.matching.NotAMatchRegistry;
import org.customerhub.matching.StewardLabels;

import java.util.ArrayList;
import java.util.List;

/**
 * Steward decisions as training labels: an approved merge review says its two records (the review's record and
 * the candidate it was matched to) are the same person; a not-a-match, from a rejected review or otherwise, that
 * its two records are not.
 */
@Singleton
public class ReviewLabels implements StewardLabels {
    private final MergeReviewRepository reviews;
    private final NotAMatchRegistry notAMatch;

    public ReviewLabels(MergeReviewRepository reviews, NotAMatchRegistry notAMatch) {
        this.reviews = reviews;
        this.notAMatch = notAMatch;
    }

    @Override
    @Transactional
    public List<LabelledPair> labels() {
        List<LabelledPair> labels = new ArrayList<>();
        for (MergeReview review : reviews.findByStatusOrderById(MergeReview.Status.APPROVED.name())) {
            labels.add(new LabelledPair(review.getSourceRecordId(), review.getCandidateRecordId(), true));
        }
        labels.addAll(notAMatch.asLabels());
        return labels;
    }
}
