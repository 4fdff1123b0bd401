package org.customerhub.governance;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
public interface DefinitionVersionRepository extends JpaRepository<DefinitionVersion, Long> {
    List<DefinitionVersion> findByKeyOrderByVersionDesc(String key);

    Optional<DefinitionVersion> findByKeyAndVersion(String key, int version);

    List<DefinitionVersion> findByStatusInOrderByKeyAscVersionDesc(Collection<String> statuses);

    List<DefinitionVersion> findByKindOrderByVersionDesc(String kind);

    List<DefinitionVersion> findByStatusOrderByProposedAtAsc(String status);

    List<DefinitionVersion> findAllOrderByKeyAscVersionDesc();
}
