package org.customerhub.matching;

/** A master that may be the person of a record, with the best-scoring pair that makes it so. */
public record MasterCandidate(long masterId, long candidateRecordId, PairScore score) {
}
