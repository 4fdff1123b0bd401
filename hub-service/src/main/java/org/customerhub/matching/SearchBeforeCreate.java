package org.customerhub.matching;

import jakarta.inject.Singleton;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.mastering.MasterView;
import org.customerhub.mastering.MasteringService;

import java.util.List;

/** "Who is this?": ranked masters for a record that is not stored. Writes nothing. */
@Singleton
public class SearchBeforeCreate {
    private final MatchService matching;
    private final MatchSettings settings;
    private final MasteringService mastering;
    private final ActiveModel model;
    private final PendingReviews pending;

    public SearchBeforeCreate(MatchService matching, MatchSettings settings, MasteringService mastering, ActiveModel model,
                              PendingReviews pending) {
        this.pending = pending;
        this.matching = matching;
        this.settings = settings;
        this.mastering = mastering;
        this.model = model;
    }

    public record Candidate(String customerNumber, double probability, double matchWeight, String wouldBe,
                            PairScore explanation, MasterView master) {
    }

    public record Answer(String outcomeIfCreated, String modelVersion, List<Candidate> candidates) {
        /** A source asking sees golden values and its own cross-references only. */
        public Answer forSource(String sourceCode) {
            return new Answer(outcomeIfCreated, modelVersion, candidates.stream().map(c -> new Candidate(c.customerNumber(), c.probability(),
                    c.matchWeight(), c.wouldBe(), c.explanation().withoutValues(), c.master().forSource(sourceCode))).toList());
        }
    }

    public Answer ask(CanonicalRecord standardized, int limit) {
        MatchModel with = model.current();
        List<MasterCandidate> ranked = matching.rankMasters(standardized, null, with);
        double autoLink = settings.autoLink(with);
        double review = settings.review(with);
        MatchDecision decision = MatchDecision.decide(ranked, autoLink, review, with.version(), settings.conflictGuard(), pending);
        List<Candidate> candidates = ranked.stream().limit(limit).map(c -> {
            double p = c.score().probability();
            String band = p >= autoLink ? "AUTO_LINK" : p >= review ? "REVIEW" : "NO_MATCH";
            return new Candidate(mastering.active(c.masterId()).getCustomerNumber(), p, c.score().matchWeight(), band,
                    c.score(), mastering.view(c.masterId()));
        }).toList();
        return new Answer(decision.outcome().name(), with.version(), candidates);
    }
}
