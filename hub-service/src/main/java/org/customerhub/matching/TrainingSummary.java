package org.customerhub.matching;

import java.util.Map;

/**
 * What a retrain saw and did, stored with the model it produced. Counts only: never a name or a value.
 *
 * @param startedFrom          version of the starting model the estimation began with
 * @param records              records the estimation used (a sample on a large hub)
 * @param randomPairs          random pairs that estimated u
 * @param blockingRules        per blocking rule: candidate pairs, EM iterations, convergence, expected matches
 * @param approvedLabels       approved merges folded in as matches
 * @param notAMatchLabels      not-a-match assertions folded in as non-matches
 * @param labelsWithoutRecords steward decisions whose records no longer exist, left out
 * @param lambda               estimated probability that two records are the same person
 * @param candidatePairs       distinct candidate pairs lambda was estimated over
 * @param millis               how long the estimation took
 */
public record TrainingSummary(String startedFrom, int records, long randomPairs, Map<String, RuleRun> blockingRules,
                              int approvedLabels, int notAMatchLabels, int labelsWithoutRecords, double lambda,
                              long candidatePairs, long millis) {

    /** One EM run over the candidate pairs of one blocking rule. */
    public record RuleRun(long pairs, int iterations, boolean converged, double expectedMatches) {
    }
}
