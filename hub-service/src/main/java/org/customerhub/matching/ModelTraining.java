package org.customerhub.matching;

import jakarta.inject.Singleton;
import org.customerhub.common.RequestRefused;
import org.customerhub.standardize.MatchKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Retrains the match model: estimates m, u and lambda from the stored records (a bounded sample on a large hub)
 * and folds in the stewards' decisions as labels, stores the result as a new version and scores with it from
 * then on. Each retrain starts from the configured starting model, so a model depends only on the data, the
 * decisions and the configuration, not on the retrains before it.
 */
@Singleton
public class ModelTraining {
    private static final Logger LOG = LoggerFactory.getLogger(ModelTraining.class);
    private final RecordCorpus corpus;
    private final StewardLabels labels;
    private final ModelVersions versions;
    private final ActiveModel active;
    private final MatchSettings settings;
    private final ReentrantLock running = new ReentrantLock();

    public ModelTraining(RecordCorpus corpus, StewardLabels labels, ModelVersions versions, ActiveModel active, MatchSettings settings) {
        this.corpus = corpus;
        this.labels = labels;
        this.versions = versions;
        this.active = active;
        this.settings = settings;
    }

    /** The outcome of a retrain: the new version, the one it replaced, and what the training saw. */
    public record Retrained(String version, String previousVersion, Instant trainedAt, String trainedBy,
                            TrainingSummary summary, MatchModel model) {
    }

    public Retrained retrain(String actor) {
        if (!running.tryLock()) {
            throw RequestRefused.conflict("Retrain already running", "A retrain is running on this node; ask again when it has finished");
        }
        try {
            String previous = active.current().version();
            Map<Long, MatchKeys> records = sample();
            List<LabelledPair> decided = labels.labels();
            Set<Long> unsampled = new HashSet<>();
            for (LabelledPair pair : decided) {
                if (!records.containsKey(pair.recordA())) unsampled.add(pair.recordA());
                if (!records.containsKey(pair.recordB())) unsampled.add(pair.recordB());
            }
            records.putAll(corpus.keysOf(unsampled));
            if (records.size() < 2) throw RequestRefused.conflict("Too few records to train", "A retrain needs at least two stored records");
            ModelEstimation.Estimate estimate = new ModelEstimation(new PairComparator(settings.comparisonRules()),
                    active.starting(), settings.training()).estimate(records, decided);
            Instant trainedAt = Instant.now();
            MatchModel stored = versions.store(estimate.model(), actor, trainedAt, estimate.summary());
            active.use(stored);
            TrainingSummary s = estimate.summary();
            LOG.info("match model {} trained from {} records, {} random pairs, {} candidate pairs, {} approved merges, {} not-a-match; replaces {}",
                    stored.version(), s.records(), s.randomPairs(), s.candidatePairs(), s.approvedLabels(), s.notAMatchLabels(), previous);
            return new Retrained(stored.version(), previous, trainedAt, actor, s, stored);
        } finally {
            running.unlock();
        }
    }

    /** A uniform sample of at most {@code max-records} records (reservoir sampling, seeded). */
    private Map<Long, MatchKeys> sample() {
        int capacity = settings.training().maxRecords();
        Random random = new Random(settings.training().seed());
        List<Long> ids = new ArrayList<>();
        List<MatchKeys> keys = new ArrayList<>();
        long[] seen = {0};
        corpus.forEach((id, k) -> {
            seen[0]++;
            if (ids.size() < capacity) {
                ids.add(id);
                keys.add(k);
            } else {
                long slot = (long) (random.nextDouble() * seen[0]);
                if (slot < capacity) {
                    ids.set((int) slot, id);
                    keys.set((int) slot, k);
                }
            }
        });
        Map<Long, MatchKeys> sample = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) sample.put(ids.get(i), keys.get(i));
        return sample;
    }
}
