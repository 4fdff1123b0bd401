package org.customerhub.governance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;

import java.util.Collection;
import java.util.List;

@Repository
public interface MasterFlagRepository extends JpaRepository<MasterFlag, Long> {
    List<MasterFlag> findByMasterIdIn(Collection<Long> masterIds);

    List<MasterFlag> findByFlag(String flag);

    Page<MasterFlag> findByFlag(String flag, Pageable pageable);

    long countByFlag(String flag);

    /** Flags of masters merged into others: the survivor carries the flags now. */
    @Query("DELETE FROM MasterFlag f WHERE f.masterId IN (SELECT m.id FROM MasterRecord m WHERE m.status <> 'ACTIVE')")
    int deleteOfInactiveMasters();
}
