package org.customerhub.mastering;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

@Repository
public interface MasterNotAMatchRepository extends JpaRepository<MasterNotAMatch, Long> {
    @Query("SELECT n FROM MasterNotAMatch n WHERE n.active = true AND (n.masterLowId IN (:ids) OR n.masterHighId IN (:ids))")
    List<MasterNotAMatch> findActiveInvolving(Collection<Long> ids);
}
