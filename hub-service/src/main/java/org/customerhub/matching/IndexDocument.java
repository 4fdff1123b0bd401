package org.customerhub.matching;

import org.customerhub.standardize.MatchKeys;

/** What the search index holds of one source record: its keys for candidate search, and where it belongs. */
public record IndexDocument(long recordId, long masterId, String customerNumber, String source, MatchKeys keys) {
}
