package org.customerhub.matching;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.common.Json;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.ingestion.SourceRecord;
import org.customerhub.ingestion.SourceRecordRepository;
import org.customerhub.standardize.MatchKeys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the masters a record may belong to: the search index proposes candidate records, the scorer compares
 * each with the record, and the best pair per master ranks the masters. Writes nothing.
 */
@Singleton
public class MatchService {
    private final CandidateFinder candidates;
    private final PairScorer scorer;
    private final SourceRecordRepository records;
    private final NotAMatchRegistry notAMatch;
    private final MatchSettings settings;
    private final ActiveModel model;

    public MatchService(CandidateFinder candidates, PairScorer scorer, SourceRecordRepository records,
                        NotAMatchRegistry notAMatch, MatchSettings settings, ActiveModel model) {
        this.candidates = candidates;
        this.scorer = scorer;
        this.records = records;
        this.notAMatch = notAMatch;
        this.settings = settings;
        this.model = model;
    }

    /**
     * Ranked masters for a record, scored with {@code with}; {@code self} (may be null) is the record's own id,
     * excluded with its not-a-matches.
     */
    @Transactional
    public List<MasterCandidate> rankMasters(CanonicalRecord standardized, Long self, MatchModel with) {
        MatchKeys keys = MatchKeys.of(standardized);
        List<Long> ids = candidates.candidateRecordIds(keys, settings.candidatesPerQuery());
        if (ids.isEmpty()) return List.of();
        Set<Long> excluded = self == null ? Set.of() : notAMatch.differentFrom(self);
        // a not-a-match with any record of a master rules out the whole master, found or not by the search
        Set<Long> blockedMasters = new HashSet<>();
        if (!excluded.isEmpty()) {
            records.findByIdIn(excluded).forEach(r -> blockedMasters.add(r.getMasterId()));
        }
        Map<Long, MasterCandidate> bestByMaster = new HashMap<>();
        for (SourceRecord candidate : records.findByIdIn(ids)) {
            if (candidate.getMasterId() == null || candidate.getId().equals(self)) continue;
            if (blockedMasters.contains(candidate.getMasterId())) continue;
            MatchKeys other = MatchKeys.of(CanonicalRecord.fromWire(Json.readMap(candidate.getCanonicalJson())));
            PairScore score = scorer.score(keys, other, with);
            MasterCandidate mc = new MasterCandidate(candidate.getMasterId(), candidate.getId(), score);
            bestByMaster.merge(candidate.getMasterId(), mc,
                    (x, y) -> x.score().matchWeight() >= y.score().matchWeight() ? x : y);
        }
        List<MasterCandidate> ranked = new ArrayList<>(bestByMaster.values());
        ranked.sort(Comparator.comparingDouble((MasterCandidate c) -> c.score().matchWeight()).reversed()
                .thenComparingLong(MasterCandidate::masterId));
        return ranked;
    }

    /** The decision for a record, made with the model in use now, whose version it records. */
    public MatchDecision decide(CanonicalRecord standardized, Long self) {
        MatchModel with = model.current();
        return MatchDecision.decide(rankMasters(standardized, self, with), settings.autoLink(), settings.review(), with.version());
    }
}
