package org.customerhub.matching;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.util.List;

@Repository
public interface StoredMatchDecisionRepository extends JpaRepository<StoredMatchDecision, Long> {
    List<StoredMatchDecision> findBySourceRecordIdOrderById(Long sourceRecordId);
}
