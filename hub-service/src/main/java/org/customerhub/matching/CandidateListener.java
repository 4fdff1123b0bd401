package org.customerhub.matching;

import java.util.List;

/**
 * Told which records a stored record was scored against, for measurements (the benchmark's blocking recall);
 * the hub itself registers none. Called on the matching thread; must be quick and must not fail.
 */
public interface CandidateListener {
    void scored(long recordId, List<Long> candidateRecordIds);
}
