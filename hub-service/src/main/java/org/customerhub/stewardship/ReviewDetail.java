package org.customerhub.stewardship;

import org.customerhub.mastering.MasterView;
import org.customerhub.matching.PairScore;

/**
 * Everything a steward needs to decide a review: the new record's master, the candidate master, and the
 * scored comparison of the two records that raised the review.
 */
public record ReviewDetail(long reviewId, String status, double probability, String recordSource, String recordKey,
                           String candidateSource, String candidateKey, MasterView recordMaster,
                           MasterView candidateMaster, PairScore score, String decidedBy, String comment,
                           String taskId) {
}
