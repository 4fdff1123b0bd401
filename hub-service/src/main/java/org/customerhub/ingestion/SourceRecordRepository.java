package org.customerhub.ingestion;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;
import io.micronaut.data.model.Pageable;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
public interface SourceRecordRepository extends JpaRepository<SourceRecord, Long> {
    Optional<SourceRecord> findBySourceIdAndSourceKey(Long sourceId, String sourceKey);

    List<SourceRecord> findByMasterId(Long masterId);

    List<SourceRecord> findByMasterIdIn(Collection<Long> masterIds);

    List<SourceRecord> findByIdIn(Collection<Long> ids);

    List<SourceRecord> findByMatchState(String matchState);

    List<SourceRecord> findByIndexedFalse();

    List<SourceRecord> findByIdGreaterThan(Long id, Pageable pageable);

    long countByMatchState(String matchState);

    /** Marks a record indexed only if it did not change since it was read for indexing. */
    @Query("UPDATE SourceRecord r SET r.indexed = true WHERE r.id = :id AND r.lockVersion = :lockVersion")
    int markIndexed(Long id, long lockVersion);
}
