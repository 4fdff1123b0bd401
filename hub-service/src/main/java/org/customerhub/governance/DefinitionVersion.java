package org.customerhub.governance;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.customerhub.common.HubEntity;

import java.time.Instant;

/** One version of a shared definition. Body and description never change once written: a change is a new version. */
@Entity
@Table(name = "definition_version")
public class DefinitionVersion extends HubEntity {
    @Column(name = "def_key", nullable = false)
    private String key;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private int version;
    @Column(nullable = false, length = 4000)
    private String description;
    @Column(nullable = false, length = 20000)
    private String body;
    @Column(nullable = false)
    private String status;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "requested_effective")
    private Instant requestedEffective;
    @Column(name = "effective_from")
    private Instant effectiveFrom;
    @Column(name = "reminded_at")
    private Instant remindedAt;
    @Column(name = "escalated_at")
    private Instant escalatedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decision_comment", length = 4000)
    private String decisionComment;
    @Column(name = "review_round", nullable = false)
    private int reviewRound;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    /** For JPA: persistence reads and writes through the accessors. */
    @Creator
    public DefinitionVersion() {
    }

    public DefinitionVersion(String key, DefinitionKind kind, int version, String description, String body, String createdBy) {
        this.key = key;
        this.kind = kind.name();
        this.version = version;
        this.description = description;
        this.body = body;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.status = DefinitionStatus.DRAFT.name();
    }

    public DefinitionKind kindValue() {
        return DefinitionKind.valueOf(kind);
    }

    public DefinitionStatus statusValue() {
        return DefinitionStatus.valueOf(status);
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public String getProposedBy() { return proposedBy; }
    public void setProposedBy(String proposedBy) { this.proposedBy = proposedBy; }
    public Instant getProposedAt() { return proposedAt; }
    public void setProposedAt(Instant proposedAt) { this.proposedAt = proposedAt; }
    public Instant getDueAt() { return dueAt; }
    public void setDueAt(Instant dueAt) { this.dueAt = dueAt; }
    public Instant getRequestedEffective() { return requestedEffective; }
    public void setRequestedEffective(Instant requestedEffective) { this.requestedEffective = requestedEffective; }
    public Instant getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(Instant effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public Instant getRemindedAt() { return remindedAt; }
    public void setRemindedAt(Instant remindedAt) { this.remindedAt = remindedAt; }
    public Instant getEscalatedAt() { return escalatedAt; }
    public void setEscalatedAt(Instant escalatedAt) { this.escalatedAt = escalatedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public void setDecidedAt(Instant decidedAt) { this.decidedAt = decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
    public String getDecisionComment() { return decisionComment; }
    public void setDecisionComment(String decisionComment) { this.decisionComment = decisionComment; }
    public int getReviewRound() { return reviewRound; }
    public void setReviewRound(int reviewRound) { this.reviewRound = reviewRound; }
    public String getProcessInstanceId() { return processInstanceId; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public long getLockVersion() { return lockVersion; }
    public void setLockVersion(long lockVersion) { this.lockVersion = lockVersion; }
}
