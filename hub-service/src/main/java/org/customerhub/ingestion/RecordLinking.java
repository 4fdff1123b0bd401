package org.customerhub.ingestion;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.common.Json;
import org.customerhub.mastering.MasterRecord;
import org.customerhub.mastering.MasteringService;
import org.customerhub.matching.MatchDecision;
import org.customerhub.matching.StoredMatchDecision;
import org.customerhub.matching.StoredMatchDecisionRepository;
import org.customerhub.stewardship.MergeReview;
import org.customerhub.stewardship.ReviewService;

import java.util.Map;

/**
 * Applies a match decision to a pending record in one transaction: the decision with its explanation is
 * stored, and the record is linked to its master, gets a new master, or gets a provisional master and a review.
 */
@Singleton
public class RecordLinking {
    private final SourceRecordRepository records;
    private final MasteringService mastering;
    private final ReviewService reviews;
    private final StoredMatchDecisionRepository decisions;

    public RecordLinking(SourceRecordRepository records, MasteringService mastering, ReviewService reviews,
                         StoredMatchDecisionRepository decisions) {
        this.records = records;
        this.mastering = mastering;
        this.reviews = reviews;
        this.decisions = decisions;
    }

    /** {@code applied} is false when the record had been matched meanwhile (by a concurrent push or the sweep). */
    public record Linked(SourceRecord record, MasterRecord master, MergeReview review, boolean applied) {
    }

    @Transactional
    public Linked apply(long recordId, MatchDecision decision, String modelVersion, String actor) {
        SourceRecord record = records.findById(recordId).orElseThrow();
        if (record.state() != SourceRecord.MatchState.PENDING) {
            // matched meanwhile by another path (the sweep): keep that result
            return new Linked(record, mastering.active(record.getMasterId()), null, false);
        }
        String explanation = decision.best() == null ? Json.write(Map.of("reason", decision.reason()))
                : Json.write(decision.best().score());
        StoredMatchDecision stored = decisions.save(new StoredMatchDecision(recordId, decision, explanation, modelVersion));
        record.setMatchState(SourceRecord.MatchState.MATCHED.name());
        MasterRecord master;
        MergeReview review = null;
        switch (decision.outcome()) {
            case AUTO_LINK -> master = mastering.link(record, mastering.active(decision.best().masterId()).getId(), actor,
                    "auto-link, probability " + String.format("%.4f", decision.best().score().probability()));
            case REVIEW -> {
                master = mastering.createFor(record, actor, "provisional master pending merge review");
                review = reviews.open(record, decision.best(), stored.getId());
            }
            default -> master = mastering.createFor(record, actor, "new customer: " + decision.reason());
        }
        return new Linked(record, master, review, true);
    }
}
