package org.customerhub.mastering;

/** A golden attribute value and its lineage: which source record supplied it, by which rule. */
public record GoldenValue(String value, long recordId, String source, String sourceKey, String rule) {
}
