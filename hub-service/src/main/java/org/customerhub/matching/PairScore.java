package org.customerhub.matching;

import java.util.List;

/**
 * The score of one record pair: the prior plus the per-field weights add up to the match weight, the match
 * probability follows from it. Kept with the model version it was computed with.
 */
public record PairScore(double priorWeight, double matchWeight, double probability,
                        List<FieldContribution> contributions, String modelVersion) {

    /** The explanation without the compared values: levels and weights say why, without showing another silo's data. */
    public PairScore withoutValues() {
        return new PairScore(priorWeight, matchWeight, probability, contributions.stream()
                .map(c -> new FieldContribution(c.attribute(), c.level(), c.weight(), null, null)).toList(), modelVersion);
    }
}
