package org.customerhub.cleansing;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The follower's place in the stream of stored records, ordered by (updated_at, id). */
@Entity
@Table(name = "cleansing_follow")
public class FollowCursor {
    @Id
    private String name;
    @Column(name = "cursor_updated_at", nullable = false)
    private Instant cursorUpdatedAt;
    @Column(name = "cursor_record_id", nullable = false)
    private long cursorRecordId;
    @Column(name = "records_cleansed", nullable = false)
    private long recordsCleansed;
    @Column(name = "last_problem", length = 500)
    private String lastProblem;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Creator
    public FollowCursor() {
    }

    public FollowCursor(String name, Instant from) {
        this.name = name;
        this.cursorUpdatedAt = from;
        this.updatedAt = Instant.now();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Instant getCursorUpdatedAt() { return cursorUpdatedAt; }
    public void setCursorUpdatedAt(Instant cursorUpdatedAt) { this.cursorUpdatedAt = cursorUpdatedAt; }
    public long getCursorRecordId() { return cursorRecordId; }
    public void setCursorRecordId(long cursorRecordId) { this.cursorRecordId = cursorRecordId; }
    public long getRecordsCleansed() { return recordsCleansed; }
    public void setRecordsCleansed(long recordsCleansed) { this.recordsCleansed = recordsCleansed; }
    public String getLastProblem() { return lastProblem; }
    public void setLastProblem(String lastProblem) { this.lastProblem = lastProblem; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
