package org.customerhub.matching;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

@Repository
public interface NotAMatchRepository extends JpaRepository<NotAMatch, Long> {
    boolean existsByRecordLowIdAndRecordHighId(Long recordLowId, Long recordHighId);

    List<NotAMatch> findByRecordLowIdOrRecordHighId(Long recordLowId, Long recordHighId);

    List<NotAMatch> findByRecordLowIdInOrRecordHighIdIn(Collection<Long> low, Collection<Long> high);
}
