package org.customerhub.matching;

import org.customerhub.standardize.MatchKeys;

import java.util.List;

/**
 * Proposes source records that might be the same person as the given keys. Implemented by the search index;
 * it only narrows the field, the scorer decides.
 */
public interface CandidateFinder {
    List<Long> candidateRecordIds(MatchKeys keys, int perQuery);
}
