package org.customerhub.cleansing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.customerhub.customer.CanonicalAttribute;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which cleanser checks which attribute, from hub.cleansing in config/ (the defaults) and overrides of it. */
class CleansersTest {

    private static Cleansers cleansers(Map<String, Object> overrides) {
        Map<String, Object> properties = new HashMap<>(overrides);
        ApplicationContext context = ApplicationContext.builder().properties(properties).build();
        Environment environment = context.getEnvironment();
        environment.start();
        try {
            return new Cleansers(environment);
        } finally {
            environment.stop();
        }
    }

    @Test
    void byDefaultTheBuiltInCleanserChecksEveryKind() {
        Cleansers cleansers = cleansers(Map.of());

        assertThat(cleansers.assignments()).extracting(Cleansers.Assignment::kind).containsExactly(CleansingKind.values());
        assertThat(cleansers.assignments()).allSatisfy(a -> assertThat(a.cleanser().name()).isEqualTo("builtin"));
        assertThat(cleansers.trust("builtin")).isEqualTo(0.85);
    }

    @Test
    void theVendorTakesTheAttributesNamedForItAndContributesWithItsOwnTrust() {
        Map<String, Object> p = new HashMap<>();
        p.put("hub.cleansing.vendor.enabled", true);
        p.put("hub.cleansing.vendor.name", "acme");
        p.put("hub.cleansing.vendor.url", "http://127.0.0.1:1/v1/cleanse");
        p.put("hub.cleansing.vendor.trust", 0.95);
        for (CanonicalAttribute a : CleansingKind.ADDRESS.attributes()) p.put("hub.cleansing.attributes." + a.wireName(), "acme");
        p.put("hub.cleansing.attributes.phone", "none");

        Cleansers cleansers = cleansers(p);

        assertThat(cleansers.assignments()).filteredOn(a -> a.kind() == CleansingKind.ADDRESS).singleElement()
                .satisfies(a -> assertThat(a.cleanser()).isInstanceOf(VendorCleanser.class));
        assertThat(cleansers.assignments()).filteredOn(a -> a.kind() == CleansingKind.EMAIL).singleElement()
                .satisfies(a -> assertThat(a.cleanser().name()).isEqualTo("builtin"));
        assertThat(cleansers.assignments()).extracting(Cleansers.Assignment::kind).doesNotContain(CleansingKind.PHONE);
        assertThat(cleansers.trust("acme")).isEqualTo(0.95);
        assertThat(cleansers.describe().toString()).contains("cleansing:acme", "circuit=CLOSED");
    }

    @Test
    void anAddressSplitBetweenTwoCleansersStopsTheHub() {
        Map<String, Object> p = new HashMap<>();
        p.put("hub.cleansing.vendor.enabled", true);
        p.put("hub.cleansing.vendor.name", "acme");
        p.put("hub.cleansing.vendor.url", "http://127.0.0.1:1/v1/cleanse");
        p.put("hub.cleansing.attributes.street", "acme");

        assertThatThrownBy(() -> cleansers(p)).isInstanceOf(IllegalStateException.class).hasMessageContaining("checked as a whole");
    }

    @Test
    void anUnknownCleanserIsRefusedNamingTheKnownOnes() {
        assertThatThrownBy(() -> cleansers(Map.of("hub.cleansing.attributes.email", "acme")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hub.cleansing.attributes.email").hasMessageContaining("known: builtin, none");
    }

    @Test
    void namesOfAllKindsAreTheAttributesOfTheCanonicalModel() {
        assertThat(List.of(CleansingKind.values()).stream().flatMap(k -> k.attributes().stream()).toList())
                .doesNotHaveDuplicates().doesNotContain(CanonicalAttribute.GENDER, CanonicalAttribute.CUSTOMER_NUMBER);
    }
}
