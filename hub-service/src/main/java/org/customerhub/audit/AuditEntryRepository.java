package org.customerhub.audit;

import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;

import java.util.List;

@Repository
public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {
    List<AuditEntry> findByTargetOrderByAt(String target);

    List<AuditEntry> findByActionOrderByAt(String action);
}
