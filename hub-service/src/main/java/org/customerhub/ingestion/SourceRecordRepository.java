package org.customerhub.ingestion;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.model.Pageable;
import jakarta.persistence.EntityManager;
import org.customerhub.common.PersistenceContextRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
public abstract class SourceRecordRepository extends PersistenceContextRepository<SourceRecord> {
    protected SourceRecordRepository(EntityManager entities) {
        super(entities, SourceRecord.class);
    }

    public abstract Optional<SourceRecord> findBySourceIdAndSourceKey(Long sourceId, String sourceKey);

    public abstract List<SourceRecord> findByMasterId(Long masterId);

    public abstract List<SourceRecord> findByMasterIdIn(Collection<Long> masterIds);

    public abstract List<SourceRecord> findByIdIn(Collection<Long> ids);

    public abstract List<SourceRecord> findByMatchState(String matchState);

    public abstract List<SourceRecord> findByIndexedFalse();

    public abstract List<SourceRecord> findByIdGreaterThan(Long id, Pageable pageable);

    public abstract long countByMatchState(String matchState);

    /** Marks a record indexed only if it did not change since it was read for indexing. */
    @Query("UPDATE SourceRecord r SET r.indexed = true WHERE r.id = :id AND r.lockVersion = :lockVersion")
    public abstract int markIndexed(Long id, long lockVersion);
}
