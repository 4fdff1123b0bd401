package org.customerhub.source;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

@Repository
public interface SourceSystemRepository extends JpaRepository<SourceSystem, Long> {
    Optional<SourceSystem> findByCode(String code);

    Optional<SourceSystem> findByTokenHash(String tokenHash);

    List<SourceSystem> findAllOrderByCode();
}
