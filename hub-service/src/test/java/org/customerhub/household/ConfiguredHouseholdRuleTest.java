package org.customerhub.household;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The configured household key: the address folded, phone and family name only when asked for. */
class ConfiguredHouseholdRuleTest {
    private static final List<String> ADDRESS = List.of("street", "house_number", "unit", "postcode", "city", "country");

    private static Map<String, String> at(String street, String house, String family, String phone) {
        return Map.of("street", street, "house_number", house, "postcode", "89169", "city", "Las Vegas", "country", "US",
                "family_name", family, "phone", phone);
    }

    @Test
    void theSameAddressInAnotherCaseOrWithAccentsIsOneHousehold() {
        HouseholdRule rule = new ConfiguredHouseholdRule(ADDRESS, false, false, 2);
        assertThat(rule.keyOf(at("Müller Straße", "12", "Lind", "+17025550001")))
                .isEqualTo(rule.keyOf(at("MULLER STRASSE", "12", "Berg", "+17025550002")));
        assertThat(rule.keyOf(at("Muller Strasse", "14", "Lind", "+17025550001"))).isNotEqualTo(rule.keyOf(at("Muller Strasse", "12", "Lind", "+17025550001")));
    }

    @Test
    void phoneAndFamilyNameAreRequiredOnlyWhenConfigured() {
        HouseholdRule strict = new ConfiguredHouseholdRule(ADDRESS, true, true, 2);
        assertThat(strict.keyOf(at("Elm St", "1", "Lind", "+17025550001"))).isNotEqualTo(strict.keyOf(at("Elm St", "1", "Berg", "+17025550001")));
        assertThat(strict.keyOf(at("Elm St", "1", "Lind", "+17025550001"))).isNotEqualTo(strict.keyOf(at("Elm St", "1", "Lind", "+17025550002")));
        assertThat(strict.keyOf(at("Elm St", "1", "Lind", "+17025550001"))).isEqualTo(strict.keyOf(at("Elm St", "1", "LIND", "+17025550001")));
    }

    @Test
    void noStreetOrNoPlaceMeansNoHousehold() {
        HouseholdRule rule = new ConfiguredHouseholdRule(ADDRESS, false, false, 2);
        assertThat(rule.keyOf(Map.of("city", "Las Vegas", "postcode", "89169"))).isEmpty();
        assertThat(rule.keyOf(Map.of("street", "Elm St", "house_number", "1"))).isEmpty();
        assertThat(rule.keyOf(Map.of("street", "Elm St", "city", "Reno"))).as("no house number").isEmpty();
        assertThatThrownBy(() -> new ConfiguredHouseholdRule(List.of("city"), false, false, 2)).hasMessageContaining("street");
        assertThatThrownBy(() -> new ConfiguredHouseholdRule(List.of("street", "zip"), false, false, 2)).hasMessageContaining("zip");
    }
}
