package org.customerhub.household;

import io.micronaut.context.annotation.Secondary;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.standardize.TextFolding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The household rule of {@code hub.households}: masters share a household when their golden address agrees on the
 * configured attributes (after folding case and accents), and, when so configured, their phone and family name.
 * A master without street and house number, or without postcode and city, is in no household.
 */
@Singleton
// secondary: an implementation from an approved governance definition, once there is one, replaces it
@Secondary
public class ConfiguredHouseholdRule implements HouseholdRule {
    private final List<CanonicalAttribute> address;
    private final boolean phone;
    private final boolean familyName;
    private final int minimumMembers;

    public ConfiguredHouseholdRule(@Value("${hub.households.address:street,house_number,unit,postcode,city,country}") List<String> address,
                                   @Value("${hub.households.phone:false}") boolean phone,
                                   @Value("${hub.households.family-name:false}") boolean familyName,
                                   @Value("${hub.households.min-members:2}") int minimumMembers) {
        this.address = address.stream().map(String::strip).map(a -> CanonicalAttribute.fromWireName(a.replace('-', '_'))
                .orElseThrow(() -> new IllegalStateException("hub.households.address: '" + a + "' is not a canonical attribute"))).toList();
        if (!this.address.contains(CanonicalAttribute.STREET))
            throw new IllegalStateException("hub.households.address: a household rule needs at least the street");
        if (minimumMembers < 1) throw new IllegalStateException("hub.households.min-members: at least 1");
        this.phone = phone;
        this.familyName = familyName;
        this.minimumMembers = minimumMembers;
    }

    @Override
    public Optional<String> keyOf(Map<String, String> golden) {
        if (blank(golden, CanonicalAttribute.STREET)) return Optional.empty();
        if (address.contains(CanonicalAttribute.HOUSE_NUMBER) && blank(golden, CanonicalAttribute.HOUSE_NUMBER)) return Optional.empty();
        if (blank(golden, CanonicalAttribute.POSTCODE) && blank(golden, CanonicalAttribute.CITY)) return Optional.empty();
        List<String> parts = new ArrayList<>();
        for (CanonicalAttribute a : address) parts.add(folded(golden, a));
        if (phone) {
            if (blank(golden, CanonicalAttribute.PHONE)) return Optional.empty();
            parts.add("phone=" + golden.get(CanonicalAttribute.PHONE.wireName()));
        }
        if (familyName) {
            if (blank(golden, CanonicalAttribute.FAMILY_NAME)) return Optional.empty();
            parts.add("family=" + folded(golden, CanonicalAttribute.FAMILY_NAME));
        }
        return Optional.of(String.join("|", parts));
    }

    @Override
    public int minimumMembers() {
        return minimumMembers;
    }

    private static boolean blank(Map<String, String> golden, CanonicalAttribute a) {
        String v = golden.get(a.wireName());
        return v == null || v.isBlank();
    }

    private static String folded(Map<String, String> golden, CanonicalAttribute a) {
        @Nullable String v = golden.get(a.wireName());
        return v == null ? "" : TextFolding.fold(v);
    }
}
