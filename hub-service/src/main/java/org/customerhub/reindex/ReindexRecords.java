package org.customerhub.reindex;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;
import io.micronaut.data.model.Pageable;
import org.customerhub.ingestion.SourceRecord;

import java.util.Collection;
import java.util.List;

/** The few queries the rebuild needs over source records, without touching their versions. */
@Repository
interface ReindexRecords extends JpaRepository<SourceRecord, Long> {
    @Query("SELECT r.id FROM SourceRecord r WHERE r.id > :after ORDER BY r.id")
    List<Long> idsAfter(Long after, Pageable pageable);

    /** Marks records for the index sync; the version stays, so a concurrent ingest is not disturbed. */
    @Query("UPDATE SourceRecord r SET r.indexed = false WHERE r.id IN (:ids)")
    int markUnindexed(Collection<Long> ids);

    @Query("SELECT COUNT(r) FROM SourceRecord r WHERE r.indexed = false")
    long countUnindexed();
}
