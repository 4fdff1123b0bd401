package org.customerhub.governance;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.repository.GenericRepository;
import org.customerhub.mastering.MasterRecord;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Read-only batches of masters for flagging: all active ones in id order, or those changed since a moment. */
@Repository
public interface FlaggingMasters extends GenericRepository<MasterRecord, Long> {
    List<MasterRecord> findByStatusAndIdGreaterThan(String status, Long id, Pageable pageable);

    List<MasterRecord> findByStatusAndUpdatedAtGreaterThan(String status, Instant since);

    List<MasterRecord> findByIdIn(Collection<Long> ids);

    long countByStatus(String status);
}
