package org.customerhub.ingestion;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.util.List;

@Repository
public interface SourceRecordVersionRepository extends JpaRepository<SourceRecordVersion, Long> {
    List<SourceRecordVersion> findBySourceRecordIdOrderByRecordVersion(Long sourceRecordId);
}
