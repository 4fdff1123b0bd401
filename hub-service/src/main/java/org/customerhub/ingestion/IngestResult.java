package org.customerhub.ingestion;

import org.customerhub.common.Violation;
import org.customerhub.matching.PairScore;

import java.util.List;

/**
 * What happened to a pushed record. {@code status}: CREATED, UPDATED or UNCHANGED (same content again).
 * {@code outcome}: the match outcome for a new record (AUTO_LINK, REVIEW, NEW_MASTER), LINKED for an update of
 * a linked record, or PENDING when matching could not run yet (it runs as soon as the index is back).
 */
public record IngestResult(String source, String sourceKey, int recordVersion, String status, String outcome,
                           String customerNumber, Long reviewId, Double matchProbability, PairScore explanation,
                           List<Violation> warnings) {
}
