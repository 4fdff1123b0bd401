package org.customerhub.matching;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The starting model in config/ is the first hand-set model written as m and u, and covers every level. */
class StartingModelTest {
    private final MatchModel starting = MatchingFixtures.settings().startingModel();

    @Test
    void reproducesTheHandSetWeights() {
        assertThat(starting.priorWeight()).isCloseTo(-6.0, within(1e-6));
        Map<String, Map<String, Double>> handSet = Map.of(
                "family_name", Map.of("exact", 7.0, "phonetic", 3.0, "different", -5.0),
                "given_name", Map.of("exact", 6.0, "nickname", 4.5, "phonetic", 2.5, "initial", 1.0, "different", -5.0),
                "date_of_birth", Map.of("exact", 9.0, "transposed", 4.0, "one-component", 2.0, "different", -9.0),
                "email", Map.of("exact", 8.0, "different", -1.5),
                "phone", Map.of("exact", 7.0, "different", -1.5),
                // a level added later takes a little of "different", which moves that weight slightly
                "postcode", Map.of("exact", 2.5, "one-edit", 1.0, "different", -1.1288),
                "street", Map.of("exact", 4.0, "fuzzy", 2.5, "different", -1.0),
                "city", Map.of("exact", 1.0, "close", 1.0, "different", -0.5531),
                "customer_number", Map.of("exact", 8.9658, "one-edit", 0.0, "different", -0.0738));
        handSet.forEach((attribute, levels) -> levels.forEach((level, weight) ->
                assertThat(starting.weight(attribute, level)).as(attribute + "." + level).isCloseTo(weight, within(1e-4))));
    }

    @Test
    void hasParametersForEveryLevelTheComparatorGivesAndTheyAreDistributions() {
        PairComparator.LEVELS.forEach((attribute, levels) -> {
            assertThat(starting.levels().get(attribute).keySet()).as(attribute).containsExactlyElementsOf(levels);
            double m = starting.levels().get(attribute).values().stream().mapToDouble(LevelParameters::m).sum();
            double u = starting.levels().get(attribute).values().stream().mapToDouble(LevelParameters::u).sum();
            assertThat(m).as(attribute + " m").isCloseTo(1.0, within(1e-4));
            assertThat(u).as(attribute + " u").isCloseTo(1.0, within(1e-4));
        });
    }

    @Test
    void survivesTheRoundTripThroughItsStoredForm() {
        MatchModel read = MatchModel.fromParameters("copy", starting.parameters());

        assertThat(read.lambda()).isEqualTo(starting.lambda());
        assertThat(read.levels()).isEqualTo(starting.levels());
    }
}
