package org.customerhub.audit;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;

/** Records every merge, unmerge, decision, registration and definition change. Joins the caller's transaction. */
@Singleton
public class AuditLog {
    private final AuditEntryRepository entries;

    public AuditLog(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @Transactional
    public void record(String actor, String action, String target, String detail) {
        entries.save(new AuditEntry(actor, action, target, detail));
    }

    @Transactional
    public List<AuditEntry> forTarget(String target) {
        return entries.findByTargetOrderByAt(target);
    }

    @Transactional
    public List<AuditEntry> forAction(String action) {
        return entries.findByActionOrderByAt(action);
    }
}
