package org.customerhub.mastering;

import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.customer.CanonicalRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customerhub.customer.CanonicalAttribute.CITY;
import static org.customerhub.customer.CanonicalAttribute.DATE_OF_BIRTH;
import static org.customerhub.customer.CanonicalAttribute.EMAIL;
import static org.customerhub.customer.CanonicalAttribute.GIVEN_NAME;
import static org.customerhub.customer.CanonicalAttribute.HOUSE_NUMBER;
import static org.customerhub.customer.CanonicalAttribute.PHONE;
import static org.customerhub.customer.CanonicalAttribute.POSTCODE;
import static org.customerhub.customer.CanonicalAttribute.STREET;

/** Each survivorship criterion, groups, pins and verifications, and ties, on hand-made contributions. */
class SurvivorshipTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final SurvivorshipPolicy.Unit ADDRESS = new SurvivorshipPolicy.Unit("address", List.of(STREET, HOUSE_NUMBER, POSTCODE, CITY));

    private static SurvivorshipPolicy policy(Map<String, List<SurvivalCriterion>> rules, Map<String, Map<String, Double>> trust) {
        return new SurvivorshipPolicy(List.of(SurvivalCriterion.SOURCE_TRUST, SurvivalCriterion.MOST_RECENT),
                Map.of("address", ADDRESS.attributes()), rules, trust);
    }

    private static Contribution c(long id, String source, double trust, int day, Map<CanonicalAttribute, String> values, CanonicalAttribute... validated) {
        return new Contribution(id, source, source.toUpperCase() + "-" + id, trust, T0.plusSeconds(86_400L * day),
                CanonicalRecord.of(values), Set.of(validated));
    }

    private static Map<CanonicalAttribute, String> v(Object... pairs) {
        Map<CanonicalAttribute, String> m = new EnumMap<>(CanonicalAttribute.class);
        for (int i = 0; i < pairs.length; i += 2) m.put((CanonicalAttribute) pairs[i], (String) pairs[i + 1]);
        return m;
    }

    @Test
    void theMoreTrustedSourceWinsAndTheLineageNamesRecordAndRule() {
        var golden = new Survivorship(policy(Map.of(), Map.of())).golden(List.of(
                c(1, "spa", 0.6, 5, v(GIVEN_NAME, "Ann")), c(2, "hotel", 0.8, 1, v(GIVEN_NAME, "Anna"))), List.of());
        assertThat(golden.get(GIVEN_NAME)).isEqualTo(new GoldenValue("Anna", 2, "hotel", "HOTEL-2", "source-trust"));
    }

    @Test
    void trustPerSourceAndAttributeOverridesTheSourcesOwnTrust() {
        var survivorship = new Survivorship(policy(Map.of(), Map.of("casino", Map.of("date_of_birth", 0.95))));
        var golden = survivorship.golden(List.of(c(1, "hotel", 0.8, 1, v(DATE_OF_BIRTH, "1980-01-02", GIVEN_NAME, "Ann")),
                c(2, "casino", 0.5, 1, v(DATE_OF_BIRTH, "1980-02-01", GIVEN_NAME, "Anne"))), List.of());
        assertThat(golden.get(DATE_OF_BIRTH).value()).isEqualTo("1980-02-01");
        assertThat(golden.get(GIVEN_NAME).value()).isEqualTo("Ann");
    }

    @Test
    void mostRecentMostCompleteAndMostFrequent() {
        var survivorship = new Survivorship(policy(Map.of(
                "phone", List.of(SurvivalCriterion.MOST_RECENT),
                "given_name", List.of(SurvivalCriterion.MOST_COMPLETE),
                "email", List.of(SurvivalCriterion.MOST_FREQUENT, SurvivalCriterion.MOST_RECENT)), Map.of()));
        var golden = survivorship.golden(List.of(
                c(1, "hotel", 0.8, 1, v(PHONE, "+17025550001", GIVEN_NAME, "A.", EMAIL, "a@x.com")),
                c(2, "spa", 0.6, 3, v(PHONE, "+17025550002", GIVEN_NAME, "Anna Maria", EMAIL, "a@x.com")),
                c(3, "pos", 0.6, 9, v(GIVEN_NAME, "Anna", EMAIL, "b@x.com"))), List.of());
        assertThat(golden.get(PHONE)).extracting(GoldenValue::value, GoldenValue::rule).containsExactly("+17025550002", "most-recent");
        assertThat(golden.get(GIVEN_NAME)).extracting(GoldenValue::value, GoldenValue::rule).containsExactly("Anna Maria", "most-complete");
        assertThat(golden.get(EMAIL)).extracting(GoldenValue::value, GoldenValue::rule).containsExactly("a@x.com", "most-frequent");
    }

    @Test
    void anAddressSurvivesWholeFromOneRecordAndAVerifiedOneBeatsANewerOne() {
        var survivorship = new Survivorship(policy(Map.of("address", List.of(SurvivalCriterion.VALIDATED, SurvivalCriterion.MOST_RECENT)), Map.of()));
        Contribution old = c(1, "hotel", 0.8, 1, v(STREET, "Paradise Rd", HOUSE_NUMBER, "12", POSTCODE, "89169", CITY, "Las Vegas"));
        Contribution newer = c(2, "spa", 0.6, 5, v(STREET, "Main St", HOUSE_NUMBER, "7", CITY, "Henderson"));
        var golden = survivorship.golden(List.of(old, newer), List.of());
        assertThat(golden.get(STREET).value()).isEqualTo("Main St");
        // not mixed: the newer address has no postcode, and the older one's does not fill it in
        assertThat(golden).doesNotContainKey(POSTCODE);
        assertThat(golden.get(CITY).rule()).isEqualTo("most-recent");

        GoldenOverride verified = new GoldenOverride(10, "address", GoldenOverride.Kind.VERIFIED, Survivorship.values(old, ADDRESS), 1L, "called", "steward");
        var withVerification = survivorship.golden(List.of(old, newer), List.of(verified));
        assertThat(withVerification.get(STREET)).extracting(GoldenValue::value, GoldenValue::rule).containsExactly("Paradise Rd", "validated");
        assertThat(withVerification.get(POSTCODE).value()).isEqualTo("89169");

        // the record moved since it was verified: the verification no longer speaks for its value
        Contribution moved = c(1, "hotel", 0.8, 1, v(STREET, "Elm St", HOUSE_NUMBER, "3", CITY, "Reno"));
        assertThat(survivorship.golden(List.of(moved, newer), List.of(verified)).get(STREET).value()).isEqualTo("Main St");

        Contribution cityOnly = c(4, "pos", 0.9, 9, v(CITY, "Reno"));
        assertThat(survivorship.golden(List.of(old, cityOnly), List.of()).get(CITY).value()).as("a city alone is no address").isEqualTo("Las Vegas");

        Contribution checkedByVendor = c(3, "vendor", 0.5, 0, v(STREET, "Vendor Way", HOUSE_NUMBER, "1", CITY, "Las Vegas"), STREET);
        assertThat(survivorship.golden(List.of(old, newer, checkedByVendor), List.of()).get(STREET).value()).isEqualTo("Vendor Way");
    }

    @Test
    void aPinBeatsEveryRuleAndAGroupPinPinsTheWholeAddress() {
        var survivorship = new Survivorship(policy(Map.of(), Map.of()));
        Contribution hotel = c(1, "hotel", 0.8, 1, v(EMAIL, "a@x.com", STREET, "Paradise Rd", HOUSE_NUMBER, "12", CITY, "Las Vegas"));
        Contribution spa = c(2, "spa", 0.6, 5, v(EMAIL, "b@x.com", STREET, "Main St", HOUSE_NUMBER, "7", CITY, "Henderson"));
        GoldenOverride emailPin = new GoldenOverride(10, "email", GoldenOverride.Kind.PIN, Map.of("email", "c@x.com"), null, "asked", "steward");
        GoldenOverride addressPin = new GoldenOverride(10, "address", GoldenOverride.Kind.PIN, Survivorship.values(spa, ADDRESS), 2L, "moved", "steward");
        GoldenOverride cityPin = new GoldenOverride(10, "city", GoldenOverride.Kind.PIN, Map.of("city", "North Las Vegas"), null, "typo", "steward");
        var golden = survivorship.golden(List.of(hotel, spa), List.of(emailPin, addressPin));
        assertThat(golden.get(EMAIL)).isEqualTo(new GoldenValue("c@x.com", 0, "steward", null, Survivorship.OVERRIDE_RULE));
        assertThat(golden.get(STREET)).isEqualTo(new GoldenValue("Main St", 2, "spa", "SPA-2", Survivorship.OVERRIDE_RULE));
        var withCity = survivorship.golden(List.of(hotel, spa), List.of(cityPin));
        assertThat(withCity.get(STREET).value()).isEqualTo("Paradise Rd");
        assertThat(withCity.get(CITY)).extracting(GoldenValue::value, GoldenValue::rule).containsExactly("North Las Vegas", Survivorship.OVERRIDE_RULE);
    }

    @Test
    void tiesGoToTheEarliestRecordWhateverTheOrder() {
        var survivorship = new Survivorship(policy(Map.of(), Map.of()));
        List<Contribution> tied = new ArrayList<>();
        for (long id = 1; id <= 6; id++) tied.add(c(id * 7 % 11, "src" + id, 0.5, 2, v(GIVEN_NAME, "Name" + id)));
        Random random = new Random(3);
        GoldenValue first = survivorship.golden(tied, List.of()).get(GIVEN_NAME);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(tied, random);
            assertThat(survivorship.golden(tied, List.of()).get(GIVEN_NAME)).isEqualTo(first);
        }
        assertThat(first.recordId()).isEqualTo(tied.stream().mapToLong(Contribution::recordId).min().orElseThrow());
        assertThat(first.rule()).isEqualTo("tie: earliest record");
    }

    @Test
    void aMistakeInThePolicyNamesTheKey() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> policy(Map.of("adress", List.of(SurvivalCriterion.MOST_RECENT)), Map.of()))
                .hasMessageContaining("hub.survivorship.rules.adress");
    }
}
