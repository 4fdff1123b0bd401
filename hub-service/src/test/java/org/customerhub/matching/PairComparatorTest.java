package org.customerhub.matching;

import org.customerhub.standardize.MatchKeys;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customerhub.customer.CanonicalAttribute.*;
import static org.customerhub.matching.MatchingFixtures.keys;

class PairComparatorTest {
    private final PairComparator comparator = new PairComparator(MatchingFixtures.settings().comparisonRules());

    private Map<String, String> levels(MatchKeys a, MatchKeys b) {
        return comparator.compare(a, b).stream().collect(Collectors.toMap(Comparison::attribute, Comparison::level));
    }

    private String level(String attribute, MatchKeys a, MatchKeys b) {
        return levels(a, b).get(attribute);
    }

    @Test
    void givenNamesFromExactThroughNicknameJaroWinklerBandsPhoneticAndInitial() {
        assertThat(level("given_name", keys(GIVEN_NAME, "Anna"), keys(GIVEN_NAME, "ANNA"))).isEqualTo("exact");
        assertThat(level("given_name", keys(GIVEN_NAME, "Bill"), keys(GIVEN_NAME, "William"))).isEqualTo("nickname");
        assertThat(level("given_name", keys(GIVEN_NAME, "Karl"), keys(GIVEN_NAME, "Karla"))).isEqualTo("close");
        assertThat(level("given_name", keys(GIVEN_NAME, "Jonathan"), keys(GIVEN_NAME, "Jonatan"))).isEqualTo("close");
        assertThat(level("given_name", keys(GIVEN_NAME, "Martha"), keys(GIVEN_NAME, "Marita"))).isEqualTo("fuzzy");
        assertThat(level("given_name", keys(GIVEN_NAME, "Zaira"), keys(GIVEN_NAME, "Saira"))).isEqualTo("phonetic");
        assertThat(level("given_name", keys(GIVEN_NAME, "A"), keys(GIVEN_NAME, "Anna"))).isEqualTo("initial");
        assertThat(level("given_name", keys(GIVEN_NAME, "Anna"), keys(GIVEN_NAME, "Boris"))).isEqualTo("different");
    }

    @Test
    void codesAndIdentifiersCompareExactlyOrByOneSlip() {
        assertThat(level("postcode", keys(POSTCODE, "2119"), keys(POSTCODE, "2191"))).isEqualTo("one-edit");
        assertThat(level("postcode", keys(POSTCODE, "2119"), keys(POSTCODE, "3000"))).isEqualTo("different");
        assertThat(level("customer_number", keys(CUSTOMER_NUMBER, "180-4974"), keys(CUSTOMER_NUMBER, "1804974"))).isEqualTo("exact");
        assertThat(level("customer_number", keys(CUSTOMER_NUMBER, "1804974"), keys(CUSTOMER_NUMBER, "1804947"))).isEqualTo("one-edit");
        assertThat(level("city", keys(CITY, "Malvern East"), keys(CITY, "Malvern Eats"))).isEqualTo("close");
    }

    @Test
    void familyNamesUseDoubleMetaphoneOrNysiis() {
        assertThat(level("family_name", keys(FAMILY_NAME, "Meyer"), keys(FAMILY_NAME, "Maier"))).isEqualTo("phonetic");
        assertThat(level("family_name", keys(FAMILY_NAME, "Philips"), keys(FAMILY_NAME, "Fillips"))).isEqualTo("phonetic");
        assertThat(level("family_name", keys(FAMILY_NAME, "Shaun"), keys(FAMILY_NAME, "Sean"))).as("NYSIIS only").isEqualTo("phonetic");
        assertThat(level("family_name", keys(FAMILY_NAME, "McDonald"), keys(FAMILY_NAME, "MacDonald"))).isEqualTo("close");
        assertThat(level("family_name", keys(FAMILY_NAME, "Lindqvist"), keys(FAMILY_NAME, "Okafor"))).isEqualTo("different");
    }

    @Test
    void swappedGivenAndFamilyNamesAreTheirOwnLevel() {
        Map<String, String> levels = levels(keys(GIVEN_NAME, "Mueller", FAMILY_NAME, "Anna"), keys(GIVEN_NAME, "Anna", FAMILY_NAME, "Mueller"));

        assertThat(levels).containsEntry("given_name", "swapped").containsEntry("family_name", "swapped");
    }

    @Test
    void namesInTheOtherOrderWithASlipAreSwappedButATwinsAreNot() {
        Map<String, String> slip = levels(keys(GIVEN_NAME, "Wilkins", FAMILY_NAME, "Zane"), keys(GIVEN_NAME, "Zanke", FAMILY_NAME, "Wilkins"));
        Map<String, String> transposed = levels(keys(GIVEN_NAME, "Webb", FAMILY_NAME, "Sam"), keys(GIVEN_NAME, "Sma", FAMILY_NAME, "Webb"));
        Map<String, String> twin = levels(keys(GIVEN_NAME, "Louis", FAMILY_NAME, "Kluske"), keys(GIVEN_NAME, "Daniel", FAMILY_NAME, "Kluske"));
        Map<String, String> halfCrossed = levels(keys(GIVEN_NAME, "Richmond", FAMILY_NAME, "Sarsha"), keys(GIVEN_NAME, "Emily", FAMILY_NAME, "Richmond"));

        assertThat(slip).containsEntry("given_name", "swapped").containsEntry("family_name", "swapped");
        assertThat(transposed).containsEntry("given_name", "swapped").containsEntry("family_name", "swapped");
        assertThat(twin).containsEntry("given_name", "different").containsEntry("family_name", "exact");
        assertThat(halfCrossed).containsEntry("given_name", "different").containsEntry("family_name", "different");
    }

    @Test
    void namesAlikeInTheirOwnOrderAreNotSwapped() {
        // "Ann Anna" against "Anne Ann": every crossing is alike, but so is the straight order
        Map<String, String> levels = levels(keys(GIVEN_NAME, "Ann", FAMILY_NAME, "Anna"), keys(GIVEN_NAME, "Anne", FAMILY_NAME, "Ann"));

        assertThat(levels.get("given_name")).isNotEqualTo("swapped");
    }

    @Test
    void datesOfBirthExactTransposedYearNearOneComponentOrDifferent() {
        assertThat(level("date_of_birth", keys(DATE_OF_BIRTH, "1985-03-14"), keys(DATE_OF_BIRTH, "1985-03-14"))).isEqualTo("exact");
        assertThat(level("date_of_birth", keys(DATE_OF_BIRTH, "1985-03-04"), keys(DATE_OF_BIRTH, "1985-04-03"))).isEqualTo("transposed");
        assertThat(level("date_of_birth", keys(DATE_OF_BIRTH, "1985-03-14"), keys(DATE_OF_BIRTH, "1986-03-14"))).isEqualTo("year-near");
        assertThat(level("date_of_birth", keys(DATE_OF_BIRTH, "1985-03-14"), keys(DATE_OF_BIRTH, "1955-03-14"))).isEqualTo("one-component");
        assertThat(level("date_of_birth", keys(DATE_OF_BIRTH, "1985-03-14"), keys(DATE_OF_BIRTH, "1985-03-15"))).isEqualTo("one-component");
        assertThat(level("date_of_birth", keys(DATE_OF_BIRTH, "1985-03-14"), keys(DATE_OF_BIRTH, "1990-07-01"))).isEqualTo("different");
    }

    @Test
    void addressesByHouseNumberStreetSimilarityAndSharedWords() {
        assertThat(level("street", keys(HOUSE_NUMBER, "12", STREET, "Paradise Rd"), keys(HOUSE_NUMBER, "12", STREET, "paradise rd"))).isEqualTo("exact");
        assertThat(level("street", keys(HOUSE_NUMBER, "12", STREET, "Paradise Rd"), keys(HOUSE_NUMBER, "12", STREET, "Paradise Road"))).isEqualTo("fuzzy");
        assertThat(level("street", keys(STREET, "North Paradise Road"), keys(HOUSE_NUMBER, "12", STREET, "Paradise Road"))).isEqualTo("tokens");
        assertThat(level("street", keys(HOUSE_NUMBER, "12", STREET, "Paradise Rd"), keys(HOUSE_NUMBER, "14", STREET, "Paradise Rd"))).isEqualTo("different");
        assertThat(level("street", keys(HOUSE_NUMBER, "7", STREET, "Elm St"), keys(HOUSE_NUMBER, "7", STREET, "Oak St"))).isEqualTo("different");
    }

    @Test
    void missingValuesGiveNoLevel() {
        Map<String, String> levels = levels(keys(FAMILY_NAME, "Meyer", EMAIL, "a@example.com"), keys(FAMILY_NAME, "Meyer", PHONE, "+17025550100"));

        assertThat(levels).containsOnlyKeys("family_name");
    }

    @Test
    void everyLevelItGivesIsAKnownLevel() {
        MatchKeys a = keys(GIVEN_NAME, "Bill", FAMILY_NAME, "Smith", MIDDLE_NAME, "J", DATE_OF_BIRTH, "1970-01-02", EMAIL, "b@x.com",
                PHONE, "+17025550100", POSTCODE, "89169", HOUSE_NUMBER, "1", STREET, "Main St", CITY, "Reno",
                CUSTOMER_NUMBER, "SSN 123-45");
        MatchKeys b = keys(GIVEN_NAME, "William", FAMILY_NAME, "Smyth", MIDDLE_NAME, "K", DATE_OF_BIRTH, "1970-02-01", EMAIL, "c@x.com",
                PHONE, "+17025550101", POSTCODE, "89170", HOUSE_NUMBER, "1", STREET, "Main Street", CITY, "Las Vegas",
                CUSTOMER_NUMBER, "ssn 12345");

        comparator.compare(a, b).forEach(c -> assertThat(PairComparator.LEVELS.get(c.attribute())).contains(c.level()));
        assertThat(comparator.compare(a, b)).hasSize(PairComparator.LEVELS.size());
    }
}
