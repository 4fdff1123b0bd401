package org.customerhub.source;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.customerhub.common.HubEntity;

import java.time.Instant;

/**
 * One stored version of a source's field mapping (the YAML as registered). A source's first mapping is active at
 * once; every later version is PENDING until a steward approves (ACTIVE) or rejects (REJECTED) it.
 */
@Entity
@Table(name = "field_mapping")
public class FieldMappingVersion extends HubEntity {
    public enum Status { ACTIVE, SUPERSEDED, PENDING, REJECTED, WITHDRAWN }

    @Column(name = "source_id", nullable = false)
    private Long sourceId;
    @Column(nullable = false)
    private int version;
    @Column(nullable = false)
    private String status;
    @Column(nullable = false, length = 200000)
    private String body;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_comment", length = 2000)
    private String decisionComment;

    /** For JPA: persistence reads and writes through the accessors. */
    @Creator
    public FieldMappingVersion() {
    }

    public FieldMappingVersion(Long sourceId, int version, Status status, String body, String createdBy) {
        this.sourceId = sourceId;
        this.version = version;
        this.status = status.name();
        this.body = body;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public Long getSourceId() { return sourceId; }
    public void setSourceId(Long sourceId) { this.sourceId = sourceId; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public void setDecidedAt(Instant decidedAt) { this.decidedAt = decidedAt; }
    public String getDecisionComment() { return decisionComment; }
    public void setDecisionComment(String decisionComment) { this.decisionComment = decisionComment; }

    public boolean isPending() {
        return Status.PENDING.name().equals(status);
    }
}
