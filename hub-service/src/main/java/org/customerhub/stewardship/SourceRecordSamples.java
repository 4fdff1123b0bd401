package org.customerhub.stewardship;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.repository.GenericRepository;
import org.customerhub.ingestion.SourceRecord;

import java.util.List;

/** Read-only: a source's most recently stored records, to show a mapping change on real data. */
@Repository
interface SourceRecordSamples extends GenericRepository<SourceRecord, Long> {
    List<SourceRecord> findBySourceId(Long sourceId, Pageable pageable);
}
