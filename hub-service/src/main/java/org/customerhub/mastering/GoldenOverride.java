package org.customerhub.mastering;

import com.fasterxml.jackson.core.type.TypeReference;
import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.customerhub.common.HubEntity;
import org.customerhub.common.Json;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A steward's word on a golden value. A PIN fixes the value of an attribute (or of a group, e.g. the whole address)
 * until it is unpinned: new records, changed records and merges do not move it. A VERIFIED entry says that one
 * source record's value was checked; the {@code validated} criterion prefers it while the record still says so.
 * An override belongs to the master it was made on; a merge lends it to the survivor and an unmerge takes it back.
 */
@Entity
@Table(name = "golden_override")
public class GoldenOverride extends HubEntity {
    public enum Kind { PIN, VERIFIED }

    private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() { };

    @Column(name = "master_id", nullable = false)
    private Long masterId;
    @Column(nullable = false)
    private String attribute;
    @Column(nullable = false)
    private String kind;
    @Column(name = "value_json", nullable = false, length = 4000)
    private String valueJson;
    @Column(name = "record_id")
    private Long recordId;
    @Column(nullable = false, length = 2000)
    private String reason;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "ended_by")
    private String endedBy;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "end_reason", length = 2000)
    private String endReason;

    /** For JPA: persistence reads and writes through the accessors. */
    @Creator
    public GoldenOverride() {
    }

    public GoldenOverride(long masterId, String attribute, Kind kind, Map<String, String> values, Long recordId,
                          String reason, String createdBy) {
        this.masterId = masterId;
        this.attribute = attribute;
        this.kind = kind.name();
        this.valueJson = Json.write(values);
        this.recordId = recordId;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.active = true;
    }

    public Kind kindOf() {
        return Kind.valueOf(kind);
    }

    /** The pinned or verified values by attribute wire name (one entry for a single attribute). */
    public Map<String, String> values() {
        return Json.read(valueJson, VALUES);
    }

    void end(String by, String why) {
        active = false;
        endedBy = by;
        endedAt = Instant.now();
        endReason = why;
    }

    public Long getMasterId() { return masterId; }
    public void setMasterId(Long masterId) { this.masterId = masterId; }
    public String getAttribute() { return attribute; }
    public void setAttribute(String attribute) { this.attribute = attribute; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getValueJson() { return valueJson; }
    public void setValueJson(String valueJson) { this.valueJson = valueJson; }
    public Long getRecordId() { return recordId; }
    public void setRecordId(Long recordId) { this.recordId = recordId; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getEndedBy() { return endedBy; }
    public void setEndedBy(String endedBy) { this.endedBy = endedBy; }
    public Instant getEndedAt() { return endedAt; }
    public void setEndedAt(Instant endedAt) { this.endedAt = endedAt; }
    public String getEndReason() { return endReason; }
    public void setEndReason(String endReason) { this.endReason = endReason; }
}
