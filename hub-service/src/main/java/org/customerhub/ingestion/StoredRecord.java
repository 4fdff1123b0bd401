package org.customerhub.ingestion;

/**
 * The result of storing a pushed record: the record, whether the push changed anything, and the canonical JSON
 * the record had before (null for a new or unchanged record).
 */
public record StoredRecord(SourceRecord record, boolean created, boolean changed, String previousCanonicalJson) {
}
