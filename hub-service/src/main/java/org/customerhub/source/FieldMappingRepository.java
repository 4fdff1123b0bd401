package org.customerhub.source;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

@Repository
public interface FieldMappingRepository extends JpaRepository<FieldMappingVersion, Long> {
    Optional<FieldMappingVersion> findBySourceIdAndStatus(Long sourceId, String status);

    List<FieldMappingVersion> findBySourceIdOrderByVersionDesc(Long sourceId);

    Optional<FieldMappingVersion> findBySourceIdAndVersion(Long sourceId, int version);

    List<FieldMappingVersion> findByStatusOrderByCreatedAt(String status);
}
