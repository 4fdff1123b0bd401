package org.customerhub.governance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
public interface DefinitionVersionRepository extends JpaRepository<DefinitionVersion, Long> {
    List<DefinitionVersion> findByKeyOrderByVersionDesc(String key);

    Optional<DefinitionVersion> findByKeyAndVersion(String key, int version);

    @Query("SELECT v FROM DefinitionVersion v WHERE v.status IN (:statuses) ORDER BY v.key ASC, v.version DESC")
    List<DefinitionVersion> findByStatuses(Collection<String> statuses);

    List<DefinitionVersion> findByStatusOrderByProposedAtAsc(String status);

    @Query("SELECT v FROM DefinitionVersion v ORDER BY v.key ASC, v.version DESC")
    List<DefinitionVersion> findAllByKeyAndVersion();
}
