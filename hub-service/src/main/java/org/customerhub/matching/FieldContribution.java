package org.customerhub.matching;

/** How one attribute compared between two records and what that added to the match weight (log2 odds). */
public record FieldContribution(String attribute, String level, double weight, String left, String right) {
}
