package org.customerhub.matching;

import io.micronaut.context.env.DefaultEnvironment;
import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.standardize.MatchKeys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Matching as configured in config/, and in-memory stand-ins for the database behind it. */
final class MatchingFixtures {
    private static MatchSettings settings;

    private MatchingFixtures() {
    }

    /** hub.matching from config/src/main/resources/application.yml, read as the hub reads it. */
    static synchronized MatchSettings settings() {
        if (settings == null) {
            DefaultEnvironment environment = new DefaultEnvironment(() -> List.of("test"));
            environment.start();
            settings = new MatchSettings(environment);
            environment.stop();
        }
        return settings;
    }

    /** The configured settings without term-frequency adjustment. */
    static MatchSettings settingsWithoutTermFrequency() {
        TermFrequencySettings tf = settings().termFrequency();
        return settings().withTermFrequency(new TermFrequencySettings(List.of(), tf.priorRecords(), tf.maxIncrease(), tf.maxDecrease()));
    }

    /** Keys of a record given as attribute, value, attribute, value, ... */
    static MatchKeys keys(Object... attributeThenValue) {
        Map<CanonicalAttribute, String> values = new EnumMap<>(CanonicalAttribute.class);
        for (int i = 0; i < attributeThenValue.length; i += 2) {
            values.put((CanonicalAttribute) attributeThenValue[i], (String) attributeThenValue[i + 1]);
        }
        return MatchKeys.of(CanonicalRecord.of(values));
    }

    static final class InMemoryCorpus implements RecordCorpus {
        final Map<Long, MatchKeys> records = new LinkedHashMap<>();

        InMemoryCorpus() {
        }

        InMemoryCorpus(Map<Long, MatchKeys> records) {
            this.records.putAll(records);
        }

        long add(MatchKeys keys) {
            long id = records.size() + 1L;
            records.put(id, keys);
            return id;
        }

        @Override
        public void forEach(Visitor visitor) {
            records.forEach(visitor::visit);
        }

        @Override
        public Map<Long, MatchKeys> keysOf(Collection<Long> recordIds) {
            Map<Long, MatchKeys> out = new HashMap<>();
            recordIds.forEach(id -> {
                if (records.containsKey(id)) out.put(id, records.get(id));
            });
            return out;
        }
    }

    static final class InMemoryVersions implements ModelVersions {
        private final List<MatchModel> models = new ArrayList<>();
        private final List<Info> infos = new ArrayList<>();
        private String active;

        @Override
        public Optional<MatchModel> active() {
            return models.stream().filter(m -> m.version().equals(active)).findFirst();
        }

        @Override
        public MatchModel store(MatchModel trained, String trainedBy, Instant trainedAt, TrainingSummary summary) {
            MatchModel versioned = trained.withVersion("trained-" + (models.size() + 1));
            models.add(versioned);
            infos.add(0, new Info(versioned.version(), "ACTIVE", trainedAt, trainedBy, Map.of()));
            active = versioned.version();
            return versioned;
        }

        @Override
        public Optional<MatchModel> activate(String version, String actor) {
            Optional<MatchModel> found = models.stream().filter(m -> m.version().equals(version)).findFirst();
            found.ifPresent(m -> active = version);
            return found;
        }

        @Override
        public void retireAll(String actor) {
            active = null;
        }

        @Override
        public List<Info> list() {
            return infos.stream().map(i -> new Info(i.version(), i.version().equals(active) ? "ACTIVE" : "RETIRED",
                    i.trainedAt(), i.trainedBy(), i.summary())).toList();
        }
    }
}
