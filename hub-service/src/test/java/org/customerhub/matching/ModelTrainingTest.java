package org.customerhub.matching;

import org.customerhub.standardize.MatchKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customerhub.customer.CanonicalAttribute.*;
import static org.customerhub.matching.MatchingFixtures.keys;

/**
 * Retraining through the training service: on a synthetic hub, from its records alone and with steward decisions
 * folded in. The decisions move the score of similar pairs the way the stewards decided.
 */
class ModelTrainingTest {
    static SyntheticPopulation population;
    static MatchSettings settings;

    @BeforeAll
    static void generate() {
        population = SyntheticPopulation.generate(7, 600);
        settings = MatchingFixtures.settings();
    }

    /** A training service over the synthetic hub with the given steward decisions. */
    record Hub(ModelTraining training, ActiveModel active, MatchingFixtures.InMemoryVersions versions, PairScorer scorer) {
        static Hub with(List<LabelledPair> decisions) {
            MatchingFixtures.InMemoryCorpus corpus = new MatchingFixtures.InMemoryCorpus(population.records);
            MatchingFixtures.InMemoryVersions versions = new MatchingFixtures.InMemoryVersions();
            ActiveModel active = new ActiveModel(settings, versions);
            return new Hub(new ModelTraining(corpus, () -> decisions, versions, active, settings), active, versions,
                    new PairScorer(settings, active, new TermFrequencies(corpus, settings)));
        }

        double score(MatchKeys a, MatchKeys b) {
            return scorer.score(a, b).matchWeight();
        }
    }

    static List<LabelledPair> labels(List<long[]> pairs, boolean match, int count) {
        List<LabelledPair> labels = new ArrayList<>();
        for (int i = 0; i < Math.min(count, pairs.size()); i++) labels.add(new LabelledPair(pairs.get(i)[0], pairs.get(i)[1], match));
        return labels;
    }

    @Test
    void notAMatchDecisionsOnHouseholdsLowerTheScoreOfASimilarPair() {
        // two people of a new household: same family name, street and city, another given name
        MatchKeys partnerA = keys(GIVEN_NAME, "Hugo", FAMILY_NAME, "Lorivak", CITY, "Henderson", POSTCODE, "89131",
                HOUSE_NUMBER, "17", STREET, "Sahara Ave");
        MatchKeys partnerB = keys(GIVEN_NAME, "Clara", FAMILY_NAME, "Lorivak", CITY, "Henderson", POSTCODE, "89131",
                HOUSE_NUMBER, "17", STREET, "Sahara Ave");
        Hub before = Hub.with(List.of());
        Hub after = Hub.with(labels(population.households, false, 20));

        before.training().retrain("admin");
        after.training().retrain("admin");

        assertThat(after.score(partnerA, partnerB)).isLessThan(before.score(partnerA, partnerB) - 0.1);
    }

    @Test
    void approvedMergesOfNicknamesRaiseTheScoreOfASimilarPair() {
        MatchKeys formal = keys(GIVEN_NAME, "Robert", FAMILY_NAME, "Tesamon", CITY, "Reno", DATE_OF_BIRTH, "1971-05-09");
        MatchKeys nickname = keys(GIVEN_NAME, "Bob", FAMILY_NAME, "Tesamon", CITY, "Reno");
        Hub before = Hub.with(List.of());
        Hub after = Hub.with(labels(population.nicknameDuplicates, true, 20));

        before.training().retrain("admin");
        after.training().retrain("admin");

        assertThat(population.nicknameDuplicates).hasSizeGreaterThanOrEqualTo(20);
        assertThat(after.score(formal, nickname)).isGreaterThan(before.score(formal, nickname) + 0.1);
    }

    @Test
    void aRetrainIsStoredAsANewVersionThatScoresFromThenOn() {
        Hub hub = Hub.with(List.of());
        MatchKeys a = keys(GIVEN_NAME, "Anna", FAMILY_NAME, "Smith");
        assertThat(hub.scorer().score(a, a).modelVersion()).isEqualTo("simple-v2");

        ModelTraining.Retrained first = hub.training().retrain("admin");
        ModelTraining.Retrained second = hub.training().retrain("admin");

        assertThat(first.version()).isEqualTo("trained-1");
        assertThat(first.previousVersion()).isEqualTo("simple-v2");
        assertThat(second.previousVersion()).isEqualTo("trained-1");
        assertThat(hub.scorer().score(a, a).modelVersion()).isEqualTo("trained-2");
        assertThat(hub.versions().list()).extracting(ModelVersions.Info::status).containsExactly("ACTIVE", "RETIRED");

        hub.active().activate("simple-v2", "admin");
        assertThat(hub.scorer().score(a, a).modelVersion()).isEqualTo("simple-v2");
        hub.active().activate("trained-1", "admin");
        assertThat(hub.scorer().score(a, a).modelVersion()).isEqualTo("trained-1");
    }

    @Test
    void theSameDataGiveTheSameModel() {
        MatchModel first = Hub.with(List.of()).training().retrain("admin").model();
        MatchModel second = Hub.with(List.of()).training().retrain("admin").model();

        assertThat(second.levels()).isEqualTo(first.levels());
        assertThat(second.lambda()).isEqualTo(first.lambda());
    }

    @Test
    void theTrainedModelIsFiniteAndSeparatesDuplicatesFromHouseholds() {
        Hub hub = Hub.with(List.of());
        ModelTraining.Retrained trained = hub.training().retrain("admin");

        assertThat(trained.model().lambda()).isStrictlyBetween(0.0, 1.0);
        trained.model().levels().forEach((attribute, levels) -> levels.forEach((level, p) -> {
            assertThat(p.m()).as(attribute + "." + level + " m").isStrictlyBetween(0.0, 1.0);
            assertThat(p.u()).as(attribute + "." + level + " u").isStrictlyBetween(0.0, 1.0);
            assertThat(p.weight()).as(attribute + "." + level).isFinite();
        }));
        // agreement is evidence for a match, disagreement against it
        for (String attribute : List.of("family_name", "given_name", "date_of_birth", "email", "phone")) {
            assertThat(trained.model().weight(attribute, "exact")).as(attribute).isPositive();
            assertThat(trained.model().weight(attribute, "different")).as(attribute).isNegative();
        }
        // every duplicate is at least a review; most households where both have a birth date are not (the rest
        // share more than a home by chance, like a birth month, and meet the identity guard of MatchDecision)
        for (long[] duplicate : population.nicknameDuplicates) {
            assertThat(hub.scorer().score(population.records.get(duplicate[0]), population.records.get(duplicate[1])).probability())
                    .isGreaterThanOrEqualTo(settings.review());
        }
        int households = 0;
        int belowReview = 0;
        for (long[] household : population.households) {
            MatchKeys a = population.records.get(household[0]);
            MatchKeys b = population.records.get(household[1]);
            if (a.dateOfBirth() == null || b.dateOfBirth() == null) continue;
            households++;
            if (hub.scorer().score(a, b).probability() < settings.review()) belowReview++;
        }
        assertThat((double) belowReview / households).isGreaterThan(0.8);
        assertThat(trained.summary().blockingRules()).containsOnlyKeys("name", "date_of_birth", "email");
        assertThat(trained.summary().records()).isEqualTo(population.records.size());
    }

    @Test
    void aLargeHubIsSampledWithinTheBounds() {
        MatchSettings small = settings.withTraining(new TrainingSettings(200, 5_000, 2_000, 20, 50, 1e-5, 10, 1000, 10, 1e-6, 3));
        MatchingFixtures.InMemoryCorpus corpus = new MatchingFixtures.InMemoryCorpus(population.records);
        MatchingFixtures.InMemoryVersions versions = new MatchingFixtures.InMemoryVersions();
        ModelTraining training = new ModelTraining(corpus, List::of, versions, new ActiveModel(small, versions), small);

        TrainingSummary summary = training.retrain("admin").summary();

        assertThat(summary.records()).isEqualTo(200);
        assertThat(summary.randomPairs()).isEqualTo(5_000);
        summary.blockingRules().values().forEach(run -> assertThat(run.pairs()).isLessThanOrEqualTo(2_000));
    }
}
