package org.customerhub.matching;

/** How one attribute of a record pair compares: its comparison level and the two values compared. */
public record Comparison(String attribute, String level, String left, String right) {
}
