package org.customerhub.cleansing;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.customerhub.common.HubEntity;

import java.time.Instant;

/**
 * "Cleanse all records of source X": its progress is a cursor (the last source record id done) in the database, so
 * a job that a restart interrupted goes on after the last record it finished.
 */
@Entity
@Table(name = "cleansing_job")
public class CleansingJob extends HubEntity {
    /** WAITING: the cleanser is unavailable (vendor down, circuit open); the job tries again by itself. */
    public enum Status { RUNNING, WAITING, DONE, CANCELLED }

    @Column(name = "source_id", nullable = false)
    private Long sourceId;
    @Column(nullable = false)
    private String status;
    @Column(name = "cursor_record_id", nullable = false)
    private long cursorRecordId;
    @Column(name = "total_records", nullable = false)
    private int totalRecords;
    @Column(nullable = false)
    private int processed;
    @Column(nullable = false)
    private int proposals;
    @Column(nullable = false)
    private int failures;
    @Column(name = "last_problem", length = 500)
    private String lastProblem;
    @Column(name = "started_by", nullable = false)
    private String startedBy;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @Creator
    public CleansingJob() {
    }

    public CleansingJob(long sourceId, int totalRecords, String startedBy) {
        this.sourceId = sourceId;
        this.totalRecords = totalRecords;
        this.startedBy = startedBy;
        this.status = Status.RUNNING.name();
        this.startedAt = Instant.now();
        this.updatedAt = startedAt;
    }

    public Status state() {
        return Status.valueOf(status);
    }

    public boolean isActive() {
        return state() == Status.RUNNING || state() == Status.WAITING;
    }

    /** Share of the records done, 0 to 1. */
    public double progress() {
        return totalRecords == 0 ? (isActive() ? 0 : 1) : Math.min(1, processed / (double) totalRecords);
    }

    public Long getSourceId() { return sourceId; }
    public void setSourceId(Long sourceId) { this.sourceId = sourceId; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public long getCursorRecordId() { return cursorRecordId; }
    public void setCursorRecordId(long cursorRecordId) { this.cursorRecordId = cursorRecordId; }
    public int getTotalRecords() { return totalRecords; }
    public void setTotalRecords(int totalRecords) { this.totalRecords = totalRecords; }
    public int getProcessed() { return processed; }
    public void setProcessed(int processed) { this.processed = processed; }
    public int getProposals() { return proposals; }
    public void setProposals(int proposals) { this.proposals = proposals; }
    public int getFailures() { return failures; }
    public void setFailures(int failures) { this.failures = failures; }
    public String getLastProblem() { return lastProblem; }
    public void setLastProblem(String lastProblem) { this.lastProblem = lastProblem; }
    public String getStartedBy() { return startedBy; }
    public void setStartedBy(String startedBy) { this.startedBy = startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public void setStartedAt(Instant startedAt) { this.startedAt = startedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public void setFinishedAt(Instant finishedAt) { this.finishedAt = finishedAt; }
    public long getLockVersion() { return lockVersion; }
    public void setLockVersion(long lockVersion) { this.lockVersion = lockVersion; }
}
