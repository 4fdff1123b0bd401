package org.customerhub.ingestion;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Map;

/** Marks records indexed after the index writer wrote them: one transaction per written batch, not per record. */
@Singleton
public class IndexMarks {
    private final SourceRecordRepository records;

    public IndexMarks(SourceRecordRepository records) {
        this.records = records;
    }

    /** Record id to the lock version it had when read for indexing; a record changed since stays unindexed. */
    @Transactional
    public void markIndexed(Map<Long, Long> lockVersionByRecord) {
        lockVersionByRecord.forEach(records::markIndexed);
    }
}
