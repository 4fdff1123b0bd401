package org.customerhub.mastering;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.util.List;

@Repository
public interface MasterEventRepository extends JpaRepository<MasterEvent, Long> {
    List<MasterEvent> findByMasterIdOrderById(Long masterId);

    List<MasterEvent> findByMasterIdAndAtLessThanEqualOrderByIdDesc(Long masterId, java.time.Instant at);
}
