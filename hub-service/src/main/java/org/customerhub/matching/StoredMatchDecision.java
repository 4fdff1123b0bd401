package org.customerhub.matching;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.customerhub.common.HubEntity;

import java.time.Instant;

/** The stored outcome of matching one record version, with the per-field explanation and model version. */
@Entity
@Table(name = "match_decision")
public class StoredMatchDecision extends HubEntity {
    @Column(name = "source_record_id", nullable = false)
    private Long sourceRecordId;
    @Column(name = "candidate_record_id")
    private Long candidateRecordId;
    @Column(name = "candidate_master_id")
    private Long candidateMasterId;
    @Column(name = "match_weight")
    private Double matchWeight;
    private Double probability;
    @Column(nullable = false)
    private String outcome;
    @Column(nullable = false, length = 200000)
    private String explanation;
    @Column(name = "model_version", nullable = false)
    private String modelVersion;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    /** For JPA: persistence reads and writes through the accessors. */
    @Creator
    public StoredMatchDecision() {
    }

    public StoredMatchDecision(long sourceRecordId, MatchDecision decision, String explanationJson, String modelVersion) {
        this.sourceRecordId = sourceRecordId;
        this.outcome = decision.outcome().name();
        if (decision.best() != null) {
            this.candidateRecordId = decision.best().candidateRecordId();
            this.candidateMasterId = decision.best().masterId();
            this.matchWeight = decision.best().score().matchWeight();
            this.probability = decision.best().score().probability();
        }
        this.explanation = explanationJson;
        this.modelVersion = modelVersion;
        this.decidedAt = Instant.now();
    }

    public Long getSourceRecordId() { return sourceRecordId; }
    public void setSourceRecordId(Long sourceRecordId) { this.sourceRecordId = sourceRecordId; }
    public Long getCandidateRecordId() { return candidateRecordId; }
    public void setCandidateRecordId(Long candidateRecordId) { this.candidateRecordId = candidateRecordId; }
    public Long getCandidateMasterId() { return candidateMasterId; }
    public void setCandidateMasterId(Long candidateMasterId) { this.candidateMasterId = candidateMasterId; }
    public Double getMatchWeight() { return matchWeight; }
    public void setMatchWeight(Double matchWeight) { this.matchWeight = matchWeight; }
    public Double getProbability() { return probability; }
    public void setProbability(Double probability) { this.probability = probability; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getExplanation() { return explanation; }
    public void setExplanation(String explanation) { this.explanation = explanation; }
    public String getModelVersion() { return modelVersion; }
    public void setModelVersion(String modelVersion) { this.modelVersion = modelVersion; }
    public Instant getDecidedAt() { return decidedAt; }
    public void setDecidedAt(Instant decidedAt) { this.decidedAt = decidedAt; }
}
