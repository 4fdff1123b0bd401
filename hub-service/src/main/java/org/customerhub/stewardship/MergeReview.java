package org.customerhub.stewardship;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.customerhub.common.HubEntity;

import java.time.Instant;

/**
 * A possible duplicate a steward decides: the new record (with its own provisional master) against the best
 * candidate master. Approving merges the two masters; rejecting records a not-a-match.
 */
@Entity
@Table(name = "merge_review")
public class MergeReview extends HubEntity {
    public enum Status { OPEN, APPROVED, REJECTED }

    @Column(name = "source_record_id", nullable = false)
    private Long sourceRecordId;
    @Column(name = "record_master_id", nullable = false)
    private Long recordMasterId;
    @Column(name = "candidate_record_id", nullable = false)
    private Long candidateRecordId;
    @Column(name = "candidate_master_id", nullable = false)
    private Long candidateMasterId;
    @Column(name = "match_decision_id", nullable = false)
    private Long matchDecisionId;
    @Column(nullable = false)
    private double probability;
    @Column(nullable = false)
    private String status;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_comment", length = 2000)
    private String decisionComment;
    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA: persistence reads and writes through the accessors. */
    @Creator
    public MergeReview() {
    }

    public MergeReview(long sourceRecordId, long recordMasterId, long candidateRecordId, long candidateMasterId,
                       long matchDecisionId, double probability) {
        this.sourceRecordId = sourceRecordId;
        this.recordMasterId = recordMasterId;
        this.candidateRecordId = candidateRecordId;
        this.candidateMasterId = candidateMasterId;
        this.matchDecisionId = matchDecisionId;
        this.probability = probability;
        this.status = Status.OPEN.name();
        this.createdAt = Instant.now();
    }

    public boolean isOpen() {
        return Status.OPEN.name().equals(status);
    }

    public Long getSourceRecordId() { return sourceRecordId; }
    public void setSourceRecordId(Long sourceRecordId) { this.sourceRecordId = sourceRecordId; }
    public Long getRecordMasterId() { return recordMasterId; }
    public void setRecordMasterId(Long recordMasterId) { this.recordMasterId = recordMasterId; }
    public Long getCandidateRecordId() { return candidateRecordId; }
    public void setCandidateRecordId(Long candidateRecordId) { this.candidateRecordId = candidateRecordId; }
    public Long getCandidateMasterId() { return candidateMasterId; }
    public void setCandidateMasterId(Long candidateMasterId) { this.candidateMasterId = candidateMasterId; }
    public Long getMatchDecisionId() { return matchDecisionId; }
    public void setMatchDecisionId(Long matchDecisionId) { this.matchDecisionId = matchDecisionId; }
    public double getProbability() { return probability; }
    public void setProbability(double probability) { this.probability = probability; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getProcessInstanceId() { return processInstanceId; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public void setDecidedAt(Instant decidedAt) { this.decidedAt = decidedAt; }
    public String getDecisionComment() { return decisionComment; }
    public void setDecisionComment(String decisionComment) { this.decisionComment = decisionComment; }
    public long getLockVersion() { return lockVersion; }
    public void setLockVersion(long lockVersion) { this.lockVersion = lockVersion; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
}
