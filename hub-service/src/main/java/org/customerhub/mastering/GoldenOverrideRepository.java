package org.customerhub.mastering;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

@Repository
public interface GoldenOverrideRepository extends JpaRepository<GoldenOverride, Long> {
    List<GoldenOverride> findByMasterIdInAndActiveTrue(Collection<Long> masterIds);
}
