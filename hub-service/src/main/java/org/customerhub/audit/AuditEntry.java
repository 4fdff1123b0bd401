package org.customerhub.audit;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.customerhub.common.HubEntity;

import java.time.Instant;

/** Who did what to which thing, and when. Append-only. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends HubEntity {
    @Column(nullable = false)
    private String actor;
    @Column(nullable = false)
    private String action;
    @Column(nullable = false)
    private String target;
    @Column(nullable = false)
    private Instant at;
    @Column(length = 20000)
    private String detail;

    /** For JPA: persistence reads and writes through the accessors. */
    @Creator
    public AuditEntry() {
    }

    public AuditEntry(String actor, String action, String target, String detail) {
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.detail = detail;
        this.at = Instant.now();
    }

    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public Instant getAt() { return at; }
    public void setAt(Instant at) { this.at = at; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
}
