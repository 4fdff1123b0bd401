package org.customerhub.governance;

import io.micronaut.core.annotation.Creator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.customerhub.common.HubEntity;

import java.time.Instant;

/** A committee member's vote (or the chair's decision after the due date) on one round of a proposal. */
@Entity
@Table(name = "definition_vote")
public class DefinitionVote extends HubEntity {
    @Column(name = "definition_version_id", nullable = false)
    private Long definitionVersionId;
    @Column(name = "review_round", nullable = false)
    private int reviewRound;
    @Column(nullable = false)
    private String voter;
    @Column(nullable = false)
    private String vote;
    @Column(length = 2000)
    private String comment;
    @Column(name = "by_chair", nullable = false)
    private boolean byChair;
    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    /** For JPA: persistence reads and writes through the accessors. */
    @Creator
    public DefinitionVote() {
    }

    public DefinitionVote(Long definitionVersionId, int reviewRound, String voter, String vote, String comment, boolean byChair) {
        this.definitionVersionId = definitionVersionId;
        this.reviewRound = reviewRound;
        this.voter = voter;
        this.vote = vote;
        this.comment = comment;
        this.byChair = byChair;
        this.castAt = Instant.now();
    }

    public Long getDefinitionVersionId() { return definitionVersionId; }
    public void setDefinitionVersionId(Long definitionVersionId) { this.definitionVersionId = definitionVersionId; }
    public int getReviewRound() { return reviewRound; }
    public void setReviewRound(int reviewRound) { this.reviewRound = reviewRound; }
    public String getVoter() { return voter; }
    public void setVoter(String voter) { this.voter = voter; }
    public String getVote() { return vote; }
    public void setVote(String vote) { this.vote = vote; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public boolean isByChair() { return byChair; }
    public void setByChair(boolean byChair) { this.byChair = byChair; }
    public Instant getCastAt() { return castAt; }
    public void setCastAt(Instant castAt) { this.castAt = castAt; }
}
