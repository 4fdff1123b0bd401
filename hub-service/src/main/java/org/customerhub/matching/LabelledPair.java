package org.customerhub.matching;

/** Two source records a steward decided about: the same person (an approved merge) or not (a not-a-match). */
public record LabelledPair(long recordA, long recordB, boolean match) {
}
