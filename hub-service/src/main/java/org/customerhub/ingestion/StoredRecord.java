package org.customerhub.ingestion;

/** The result of storing a pushed record: the record and whether the push changed anything. */
public record StoredRecord(SourceRecord record, boolean created, boolean changed) {
}
