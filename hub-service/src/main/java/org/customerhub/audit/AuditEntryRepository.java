package org.customerhub.audit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Repository;
import io.micronaut.data.jpa.repository.JpaRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;

import java.util.List;

@Repository
public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {
    List<AuditEntry> findByTargetOrderByAt(String target);

    List<AuditEntry> findByActionOrderByAt(String action);

    Page<AuditEntry> findByActor(String actor, Pageable pageable);

    Page<AuditEntry> findByAction(String action, Pageable pageable);

    Page<AuditEntry> findByActorAndAction(String actor, String action, Pageable pageable);

    @Query("SELECT DISTINCT e.action FROM AuditEntry e ORDER BY e.action")
    List<String> findActions();
}
