package org.customerhub.mastering;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.model.Pageable;
import jakarta.persistence.EntityManager;
import org.customerhub.common.PersistenceContextRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
public abstract class MasterRecordRepository extends PersistenceContextRepository<MasterRecord> {
    protected MasterRecordRepository(EntityManager entities) {
        super(entities, MasterRecord.class);
    }

    public abstract Optional<MasterRecord> findByCustomerNumber(String customerNumber);

    public abstract List<MasterRecord> findByIdIn(Collection<Long> ids);

    public abstract List<MasterRecord> findByMergedIntoId(Long mergedIntoId);

    public abstract long countByStatus(String status);

    /** A batch of masters of a status after an id, for passes over all of them. */
    public abstract List<MasterRecord> findByStatusAndIdGreaterThan(String status, Long id, Pageable pageable);
}
