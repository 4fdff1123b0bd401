package org.customerhub.mastering;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;
import io.micronaut.data.model.Pageable;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
public interface MasterRecordRepository extends JpaRepository<MasterRecord, Long> {
    Optional<MasterRecord> findByCustomerNumber(String customerNumber);

    List<MasterRecord> findByIdIn(Collection<Long> ids);

    List<MasterRecord> findByMergedIntoId(Long mergedIntoId);

    long countByStatus(String status);

    /** A batch of masters of a status after an id, for passes over all of them. */
    List<MasterRecord> findByStatusAndIdGreaterThan(String status, Long id, Pageable pageable);
}
