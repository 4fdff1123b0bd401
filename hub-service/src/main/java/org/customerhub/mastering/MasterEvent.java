package org.customerhub.mastering;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.customerhub.common.HubEntity;

import java.time.Instant;

/** One change in a master's life (created, record linked, merged, ...), with who, when and the details. */
@Entity
@Table(name = "master_event")
public class MasterEvent extends HubEntity {
    @Column(name = "master_id", nullable = false)
    private Long masterId;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String actor;
    @Column(nullable = false)
    private Instant at;
    @Column(nullable = false, length = 200000)
    private String detail;
    /** The master as it was right after this event (golden values, records, household, overrides), as JSON. */
    @Column(length = 200000)
    private String snapshot;

    /** For JPA: persistence reads and writes through the accessors. */
    @Creator
    public MasterEvent() {
    }

    public MasterEvent(Long masterId, String kind, String actor, String detail) {
        this.masterId = masterId;
        this.kind = kind;
        this.actor = actor;
        this.detail = detail;
        this.at = Instant.now();
    }

    public Long getMasterId() { return masterId; }
    public void setMasterId(Long masterId) { this.masterId = masterId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public Instant getAt() { return at; }
    public void setAt(Instant at) { this.at = at; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
    public String getSnapshot() { return snapshot; }
    public void setSnapshot(String snapshot) { this.snapshot = snapshot; }
}
