package org.customerhub.mastering;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;
import io.micronaut.data.model.Pageable;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
public abstract class MasterRecordRepository implements JpaRepository<MasterRecord, Long> {
    private final EntityManager entities;

    protected MasterRecordRepository(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * A master by id from the persistence context when the transaction already holds it, else one select. The
     * generated findById is a query: it flushes and selects on every call, seven times for each ingested record.
     */
    @Override
    @Transactional
    public Optional<MasterRecord> findById(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(entities.find(MasterRecord.class, id));
    }

    public abstract Optional<MasterRecord> findByCustomerNumber(String customerNumber);

    public abstract List<MasterRecord> findByIdIn(Collection<Long> ids);

    public abstract List<MasterRecord> findByMergedIntoId(Long mergedIntoId);

    public abstract long countByStatus(String status);

    /** A batch of masters of a status after an id, for passes over all of them. */
    public abstract List<MasterRecord> findByStatusAndIdGreaterThan(String status, Long id, Pageable pageable);
}
