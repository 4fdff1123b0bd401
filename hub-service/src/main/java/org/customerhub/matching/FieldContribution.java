package org.customerhub.matching;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How one attribute compared between two records and what that added to the match weight (log2 of m/u).
 * When the weight of exact agreement was adjusted for how common the shared value is, {@code termFrequency} is
 * the value's frequency used as u and {@code unadjustedWeight} the model's weight before the adjustment.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldContribution(String attribute, String level, double weight, String left, String right,
                                Double termFrequency, Double unadjustedWeight) {

    public FieldContribution(String attribute, String level, double weight, String left, String right) {
        this(attribute, level, weight, left, right, null, null);
    }

    public boolean termFrequencyAdjusted() {
        return termFrequency != null;
    }
}
