package org.customerhub.audit;

import jakarta.inject.Singleton;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.transaction.Transactional;
import org.customerhub.common.RequestRefused;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;

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

    /** One page of the log, newest first, optionally only one actor's or one action's entries. For admins only. */
    @Transactional
    public AuditPage browse(Principal reader, String actor, String action, int page, int size) {
        if (!reader.has(Role.ADMIN)) throw RequestRefused.forbidden("The audit log is for admins");
        Pageable pageable = Pageable.from(Math.max(0, page), size, Sort.of(Sort.Order.desc("at"), Sort.Order.desc("id")));
        Page<AuditEntry> found = actor != null && action != null ? entries.findByActorAndAction(actor, action, pageable)
                : actor != null ? entries.findByActor(actor, pageable)
                : action != null ? entries.findByAction(action, pageable)
                : entries.findAll(pageable);
        if (found.getContent().isEmpty() && page > 0 && found.getTotalSize() > 0) {
            // past the end (a bookmarked page of a filter that has fewer entries now): show the last page
            return browse(reader, actor, action, (int) ((found.getTotalSize() - 1) / size), size);
        }
        return new AuditPage(found.getContent(), found.getTotalSize(), found.getPageNumber(), size);
    }

    /** The actions that occur in the log, for choosing one. */
    @Transactional
    public List<String> actions() {
        return entries.findActions();
    }

    public record AuditPage(List<AuditEntry> entries, long total, int page, int size) {
        public long pages() {
            return Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }
}
