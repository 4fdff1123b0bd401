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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the masters a record may belong to: the search index and the buffer of records it may not show yet
 * propose candidate records, the scorer compares each with the record, and the best pair per master ranks the
 * masters. Writes nothing.
 */
@Singleton
public class MatchService {
    private final CandidateFinder candidates;
    private final RecentRecords recent;
    private final PairScorer scorer;
    private final SourceRecordRepository records;
    private final NotAMatchRegistry notAMatch;
    private final MatchSettings settings;
    private final ActiveModel model;
    private final List<CandidateListener> listeners;
    private final PendingReviews pending;

    public MatchService(CandidateFinder candidates, RecentRecords recent, PairScorer scorer, SourceRecordRepository records,
                        NotAMatchRegistry notAMatch, MatchSettings settings, ActiveModel model, List<CandidateListener> listeners,
                        PendingReviews pending) {
        this.pending = pending;
        this.listeners = listeners;
        this.candidates = candidates;
        this.recent = recent;
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
        // the fuzzy names, the costly query, only for a record whose keys find nothing (a second round trip)
        return rankMasters(keys, candidates.find(List.of(keys), settings.candidatesPerQuery(), true).get(0), self, false, with);
    }

    /**
     * What the index finds for each of a batch of records, in one round trip (two where keys find nothing), to
     * be passed to {@link #decide(CanonicalRecord, Long, CandidateFinder.Found)} record by record in arrival order.
     * The records of the batch themselves are found through {@link RecentRecords} as each is stored, so the
     * outcome is the one of pushing them one at a time.
     */
    public List<CandidateFinder.Found> searchIndex(List<CanonicalRecord> standardized) {
        if (standardized.isEmpty()) return List.of();
        return candidates.find(standardized.stream().map(MatchKeys::of).toList(), settings.candidatesPerQuery(), true);
    }

    private List<MasterCandidate> rankMasters(MatchKeys keys, CandidateFinder.Found indexed, Long self, boolean selfInsertedNow,
                                              MatchModel with) {
        List<Long> ids = candidateIds(indexed, recent.find(keys, settings.candidatesPerQuery(), indexed.searchedAt(),
                indexed.byKeys().isEmpty()));
        if (self != null) listeners.forEach(l -> l.scored(self, ids));
        if (ids.isEmpty()) return List.of();
        Set<Long> excluded = self == null || selfInsertedNow ? Set.of() : notAMatch.differentFrom(self);
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

    /**
     * The union of what the index and the buffer found by blocking keys; where neither found anything, what they
     * found by fuzzy names. The same rule for single records and batches makes both give the same candidates.
     */
    static List<Long> candidateIds(CandidateFinder.Found indexed, CandidateFinder.Found buffered) {
        Set<Long> ids = new LinkedHashSet<>(indexed.byKeys());
        ids.addAll(buffered.byKeys());
        if (ids.isEmpty()) {
            if (indexed.byFuzzyNames() != null) ids.addAll(indexed.byFuzzyNames());
            if (buffered.byFuzzyNames() != null) ids.addAll(buffered.byFuzzyNames());
        }
        return new ArrayList<>(ids);
    }

    /** The decision for a record, made with the model in use now, whose version it records. */
    public MatchDecision decide(CanonicalRecord standardized, Long self) {
        MatchModel with = model.current();
        return MatchDecision.decide(rankMasters(standardized, self, with), settings.autoLink(with), settings.review(with), with.version(), settings.conflictGuard(), pending);
    }

    /**
     * The same, with what {@link #searchIndex} found for the record in its batch; {@code selfInsertedNow}: the
     * caller's transaction inserted {@code self}, so no not-a-match can name it yet.
     */
    @Transactional
    public MatchDecision decide(CanonicalRecord standardized, Long self, boolean selfInsertedNow, CandidateFinder.Found indexed) {
        MatchModel with = model.current();
        return MatchDecision.decide(rankMasters(MatchKeys.of(standardized), indexed, self, selfInsertedNow, with), settings.autoLink(with),
                settings.review(with), with.version(), settings.conflictGuard(), pending);
    }
}
