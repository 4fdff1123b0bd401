package org.customerhub.matching;

import org.customerhub.standardize.MatchKeys;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.customerhub.customer.CanonicalAttribute.*;
import static org.customerhub.matching.MatchingFixtures.keys;

class PairScorerTest {

    private static PairScorer scorer(MatchSettings settings, RecordCorpus corpus) {
        return new PairScorer(settings, new ActiveModel(settings, new MatchingFixtures.InMemoryVersions()), new TermFrequencies(corpus, settings));
    }

    /** A hub where one family name in ten is Smith and every other one is nearly unique. */
    private static MatchingFixtures.InMemoryCorpus hubWithManySmiths() {
        MatchingFixtures.InMemoryCorpus corpus = new MatchingFixtures.InMemoryCorpus();
        for (int i = 0; i < 3000; i++) {
            String family = i % 10 == 0 ? "Smith" : "Family" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + (char) ('a' + i / 676);
            corpus.add(keys(GIVEN_NAME, i % 2 == 0 ? "Anna" : "Boris", FAMILY_NAME, family, CITY, "Reno"));
        }
        corpus.add(keys(GIVEN_NAME, "Anna", FAMILY_NAME, "Zabrowski", CITY, "Reno"));
        corpus.add(keys(GIVEN_NAME, "Anna", FAMILY_NAME, "Zabrowski", CITY, "Reno"));
        return corpus;
    }

    @Test
    void theStartingModelScoresAsTheHandSetWeights() {
        PairScore score = scorer(MatchingFixtures.settingsWithoutTermFrequency(), new MatchingFixtures.InMemoryCorpus()).score(
                keys(GIVEN_NAME, "Marta", FAMILY_NAME, "Okafor", CITY, "Las Vegas", POSTCODE, "89169"),
                keys(GIVEN_NAME, "Marta", FAMILY_NAME, "Okafor", CITY, "Las Vegas"));

        assertThat(score.priorWeight()).isCloseTo(-6.0, within(1e-6));
        assertThat(score.matchWeight()).isCloseTo(-6.0 + 7.0 + 6.0 + 1.0, within(1e-3));
        assertThat(score.probability()).isCloseTo(1 / (1 + Math.pow(2, -8.0)), within(1e-6));
        assertThat(score.contributions()).extracting(FieldContribution::attribute).containsExactly("family_name", "given_name", "city");
        assertThat(score.modelVersion()).isEqualTo("simple-v2");
    }

    @Test
    void aMatchOnARareFamilyNameScoresHigherThanOnAFrequentOne() {
        PairScorer scorer = scorer(MatchingFixtures.settings(), hubWithManySmiths());

        PairScore rare = scorer.score(keys(GIVEN_NAME, "Anna", FAMILY_NAME, "Zabrowski", CITY, "Reno"),
                keys(GIVEN_NAME, "Anna", FAMILY_NAME, "Zabrowski", CITY, "Reno"));
        PairScore frequent = scorer.score(keys(GIVEN_NAME, "Anna", FAMILY_NAME, "Smith", CITY, "Reno"),
                keys(GIVEN_NAME, "Anna", FAMILY_NAME, "Smith", CITY, "Reno"));

        assertThat(rare.matchWeight()).isGreaterThan(frequent.matchWeight() + 3);
        FieldContribution rareFamily = rare.contributions().get(0);
        FieldContribution frequentFamily = frequent.contributions().get(0);
        assertThat(rareFamily.level()).isEqualTo("exact");
        assertThat(rareFamily.weight()).isGreaterThan(rareFamily.unadjustedWeight());
        assertThat(frequentFamily.weight()).isLessThan(frequentFamily.unadjustedWeight());
        assertThat(rareFamily.termFrequency()).isLessThan(frequentFamily.termFrequency());
        // everything else is the same
        assertThat(rare.contributions().subList(1, 3)).isEqualTo(frequent.contributions().subList(1, 3));
    }

    @Test
    void theAdjustmentIsBoundedSoAUniqueValueCannotDominate() {
        MatchSettings settings = MatchingFixtures.settings();
        PairScorer scorer = scorer(settings, hubWithManySmiths());

        FieldContribution unseen = scorer.score(keys(FAMILY_NAME, "Neverseen"), keys(FAMILY_NAME, "Neverseen")).contributions().get(0);

        assertThat(unseen.termFrequencyAdjusted()).isTrue();
        assertThat(unseen.weight()).isLessThanOrEqualTo(unseen.unadjustedWeight() + settings.termFrequency().maxIncrease() + 1e-9);
    }

    @Test
    void aSmallHubHardlyMovesTheWeights() {
        MatchingFixtures.InMemoryCorpus few = new MatchingFixtures.InMemoryCorpus();
        for (int i = 0; i < 20; i++) few.add(keys(FAMILY_NAME, "Name" + (char) ('a' + i), CITY, "Reno"));
        few.add(keys(FAMILY_NAME, "Okafor", CITY, "Reno"));
        PairScorer scorer = scorer(MatchingFixtures.settings(), few);

        FieldContribution family = scorer.score(keys(FAMILY_NAME, "Okafor"), keys(FAMILY_NAME, "Okafor")).contributions().get(0);

        assertThat(family.weight()).isCloseTo(family.unadjustedWeight(), within(0.5));
    }

    @Test
    void ingestionKeepsTheFrequenciesCurrent() {
        MatchingFixtures.InMemoryCorpus corpus = hubWithManySmiths();
        TermFrequencies frequencies = new TermFrequencies(corpus, MatchingFixtures.settings());
        double before = frequencies.share("family_name", "zabrowski");

        MatchKeys another = keys(FAMILY_NAME, "Zabrowski");
        frequencies.add(another);

        assertThat(frequencies.share("family_name", "zabrowski")).isGreaterThan(before);
        assertThat(frequencies.share("family_name", "smith")).isCloseTo(300.0 / 3003, within(1e-9));
    }

    @Test
    void missingValuesAddNothing() {
        PairScorer scorer = scorer(MatchingFixtures.settingsWithoutTermFrequency(), new MatchingFixtures.InMemoryCorpus());

        PairScore score = scorer.score(keys(FAMILY_NAME, "Okafor", EMAIL, "a@example.com"), keys(FAMILY_NAME, "Okafor", PHONE, "+17025550100"));

        assertThat(score.contributions()).hasSize(1);
        assertThat(score.matchWeight()).isCloseTo(-6.0 + 7.0, within(1e-3));
    }
}
