package org.customerhub.matching;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.customerhub.common.HubEntity;

import java.time.Instant;

/** One trained version of the match model: its parameters as JSON, who trained it and what the training saw. */
@Entity
@Table(name = "match_model")
public class StoredMatchModel extends HubEntity {
    public enum Status { ACTIVE, RETIRED }

    @Column(nullable = false, unique = true)
    private String version;
    @Column(nullable = false)
    private String status;
    @Column(nullable = false, length = 200000)
    private String parameters;
    @Column(name = "trained_at", nullable = false)
    private Instant trainedAt;
    @Column(name = "trained_by", nullable = false)
    private String trainedBy;
    @Column(name = "training_summary", nullable = false, length = 20000)
    private String trainingSummary;

    /** For JPA: persistence reads and writes through the accessors. */
    @Creator
    public StoredMatchModel() {
    }

    public StoredMatchModel(String version, String parameters, Instant trainedAt, String trainedBy, String trainingSummary) {
        this.version = version;
        this.status = Status.ACTIVE.name();
        this.parameters = parameters;
        this.trainedAt = trainedAt;
        this.trainedBy = trainedBy;
        this.trainingSummary = trainingSummary;
    }

    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getParameters() { return parameters; }
    public void setParameters(String parameters) { this.parameters = parameters; }
    public Instant getTrainedAt() { return trainedAt; }
    public void setTrainedAt(Instant trainedAt) { this.trainedAt = trainedAt; }
    public String getTrainedBy() { return trainedBy; }
    public void setTrainedBy(String trainedBy) { this.trainedBy = trainedBy; }
    public String getTrainingSummary() { return trainingSummary; }
    public void setTrainingSummary(String trainingSummary) { this.trainingSummary = trainingSummary; }
}
