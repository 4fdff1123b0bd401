package org.customerhub.cleansing;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.customerhub.common.HubEntity;

import java.time.Instant;

/**
 * What a cleanser proposes for one kind of values (an address, a name, a phone, ...) of one source record: before
 * and after per field, the result codes, the cleanser and its version. It never overwrites the record: an accepted
 * proposal contributes its values to the golden record as the cleanser's own source, and the raw values stay.
 */
@Entity
@Table(name = "cleansing_proposal")
public class CleansingProposal extends HubEntity {
    /**
     * NO_CHANGE: checked, nothing to propose (kept for the data-quality view); PENDING: routed or waiting for a
     * steward; SUPERSEDED: the record changed before anyone decided.
     */
    public enum Status { NO_CHANGE, PENDING, ACCEPTED, REJECTED, SUPERSEDED }

    @Column(name = "source_record_id", nullable = false)
    private Long sourceRecordId;
    @Column(name = "source_id", nullable = false)
    private Long sourceId;
    @Column(name = "record_version", nullable = false)
    private int recordVersion;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String cleanser;
    @Column(name = "cleanser_version", nullable = false)
    private String cleanserVersion;
    @Column(name = "fields_json", nullable = false, length = 20000)
    private String fieldsJson;
    @Column(nullable = false)
    private String fingerprint;
    @Column(name = "result_status", nullable = false)
    private String resultStatus;
    @Column(name = "verification_level", nullable = false)
    private int verificationLevel;
    @Column(name = "match_score", nullable = false)
    private int matchScore;
    @Column(name = "change_kind", nullable = false)
    private String changeKind;
    @Column(nullable = false)
    private String status;
    @Column
    private String route;
    @Column
    private String queue;
    @Column(name = "job_id")
    private Long jobId;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "accepted_json", length = 20000)
    private String acceptedJson;
    @Column(nullable = false)
    private boolean edited;
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
    public CleansingProposal() {
    }

    public CleansingProposal(long sourceRecordId, long sourceId, int recordVersion, CleansingKind kind, String cleanser,
                             String cleanserVersion, Long jobId) {
        this.sourceRecordId = sourceRecordId;
        this.sourceId = sourceId;
        this.recordVersion = recordVersion;
        this.kind = kind.name();
        this.cleanser = cleanser;
        this.cleanserVersion = cleanserVersion;
        this.jobId = jobId;
        this.createdAt = Instant.now();
    }

    public Status state() {
        return Status.valueOf(status);
    }

    public CleansingKind kindOf() {
        return CleansingKind.valueOf(kind);
    }

    public boolean isPending() {
        return Status.PENDING.name().equals(status);
    }

    public Long getSourceRecordId() { return sourceRecordId; }
    public void setSourceRecordId(Long sourceRecordId) { this.sourceRecordId = sourceRecordId; }
    public Long getSourceId() { return sourceId; }
    public void setSourceId(Long sourceId) { this.sourceId = sourceId; }
    public int getRecordVersion() { return recordVersion; }
    public void setRecordVersion(int recordVersion) { this.recordVersion = recordVersion; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getCleanser() { return cleanser; }
    public void setCleanser(String cleanser) { this.cleanser = cleanser; }
    public String getCleanserVersion() { return cleanserVersion; }
    public void setCleanserVersion(String cleanserVersion) { this.cleanserVersion = cleanserVersion; }
    public String getFieldsJson() { return fieldsJson; }
    public void setFieldsJson(String fieldsJson) { this.fieldsJson = fieldsJson; }
    public String getFingerprint() { return fingerprint; }
    public void setFingerprint(String fingerprint) { this.fingerprint = fingerprint; }
    public String getResultStatus() { return resultStatus; }
    public void setResultStatus(String resultStatus) { this.resultStatus = resultStatus; }
    public int getVerificationLevel() { return verificationLevel; }
    public void setVerificationLevel(int verificationLevel) { this.verificationLevel = verificationLevel; }
    public int getMatchScore() { return matchScore; }
    public void setMatchScore(int matchScore) { this.matchScore = matchScore; }
    public String getChangeKind() { return changeKind; }
    public void setChangeKind(String changeKind) { this.changeKind = changeKind; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getRoute() { return route; }
    public void setRoute(String route) { this.route = route; }
    public String getQueue() { return queue; }
    public void setQueue(String queue) { this.queue = queue; }
    public Long getJobId() { return jobId; }
    public void setJobId(Long jobId) { this.jobId = jobId; }
    public String getProcessInstanceId() { return processInstanceId; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public String getAcceptedJson() { return acceptedJson; }
    public void setAcceptedJson(String acceptedJson) { this.acceptedJson = acceptedJson; }
    public boolean isEdited() { return edited; }
    public void setEdited(boolean edited) { this.edited = edited; }
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
