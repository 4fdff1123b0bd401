package org.customerhub.cleansing;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.customerhub.common.HubEntity;

/** What the per-field rows of a proposal share: the proposal, its source (for counting per source), the attribute. */
@MappedSuperclass
public abstract class CleansingFinding extends HubEntity {
    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;
    @Column(name = "source_id", nullable = false)
    private Long sourceId;
    @Column(nullable = false)
    private String attribute;

    protected CleansingFinding() {
    }

    protected CleansingFinding(long proposalId, long sourceId, String attribute) {
        this.proposalId = proposalId;
        this.sourceId = sourceId;
        this.attribute = attribute;
    }

    public Long getProposalId() { return proposalId; }
    public void setProposalId(Long proposalId) { this.proposalId = proposalId; }
    public Long getSourceId() { return sourceId; }
    public void setSourceId(Long sourceId) { this.sourceId = sourceId; }
    public String getAttribute() { return attribute; }
    public void setAttribute(String attribute) { this.attribute = attribute; }
}
