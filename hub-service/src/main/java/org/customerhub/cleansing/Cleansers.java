package org.customerhub.cleansing;

import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import org.customerhub.customer.CanonicalAttribute;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which cleanser checks which attribute, and what each cleanser's accepted values weigh in survivorship: the
 * configuration {@code hub.cleansing} in config/ (see README, "Data cleansing"). An attribute not named is not
 * cleansed. Checked when the hub starts: an unknown cleanser or an address split between two cleansers stops it.
 */
@Singleton
public class Cleansers {
    private static final String PREFIX = "hub.cleansing.";
    private final Map<String, Cleanser> byName = new LinkedHashMap<>();
    private final Map<String, Double> trust = new LinkedHashMap<>();
    private final Map<CanonicalAttribute, Cleanser> byAttribute = new EnumMap<>(CanonicalAttribute.class);

    public Cleansers(Environment environment) {
        BuiltInCleanser builtIn = new BuiltInCleanser(environment.getProperty(PREFIX + "builtin.default-phone-region", String.class, "US"),
                Clock.systemUTC());
        register(builtIn, environment.getProperty(PREFIX + "builtin.trust", Double.class, 0.85));
        if (environment.getProperty(PREFIX + "vendor.enabled", Boolean.class, false)) {
            register(new VendorCleanser(vendorSettings(environment), Clock.systemUTC()),
                    environment.getProperty(PREFIX + "vendor.trust", Double.class, 0.9));
        }
        for (CanonicalAttribute attribute : CanonicalAttribute.values()) {
            environment.getProperty(PREFIX + "attributes." + attribute.wireName(), String.class)
                    .map(String::strip).filter(name -> !name.isEmpty() && !name.equals("none"))
                    .ifPresent(name -> {
                        Cleanser cleanser = byName.get(name);
                        if (cleanser == null) throw new IllegalStateException(PREFIX + "attributes." + attribute.wireName()
                                + ": no cleanser '" + name + "' (known: " + String.join(", ", byName.keySet()) + ", none)");
                        byAttribute.put(attribute, cleanser);
                    });
        }
        List<String> addressCleansers = CleansingKind.ADDRESS.attributes().stream().map(byAttribute::get)
                .filter(java.util.Objects::nonNull).map(Cleanser::name).distinct().toList();
        if (addressCleansers.size() > 1) {
            throw new IllegalStateException(PREFIX + "attributes: an address is checked as a whole, so street, house_number, "
                    + "unit, postcode, city, region and country must name one cleanser, not " + addressCleansers);
        }
    }

    private void register(Cleanser cleanser, double cleanserTrust) {
        if (!(cleanserTrust >= 0 && cleanserTrust <= 1))
            throw new IllegalStateException(PREFIX + cleanser.name() + " trust must lie between 0 and 1");
        byName.put(cleanser.name(), cleanser);
        trust.put(cleanser.name(), cleanserTrust);
    }

    private static VendorSettings vendorSettings(Environment env) {
        String p = PREFIX + "vendor.";
        return new VendorSettings(env.getProperty(p + "name", String.class, "vendor"), env.getProperty(p + "url", String.class, ""),
                env.getProperty(p + "key", String.class, ""),
                env.getProperty(p + "connect-timeout", Duration.class, Duration.ofSeconds(2)),
                env.getProperty(p + "request-timeout", Duration.class, Duration.ofSeconds(5)),
                env.getProperty(p + "max-attempts", Integer.class, 3),
                env.getProperty(p + "initial-backoff", Duration.class, Duration.ofMillis(200)),
                env.getProperty(p + "max-backoff", Duration.class, Duration.ofSeconds(5)),
                env.getProperty(p + "circuit.failure-threshold", Integer.class, 5),
                env.getProperty(p + "circuit.open-for", Duration.class, Duration.ofSeconds(30)),
                env.getProperty(p + "rate-limit.per-second", Double.class, 10.0),
                env.getProperty(p + "rate-limit.burst", Integer.class, 10),
                env.getProperty(p + "rate-limit.max-wait", Duration.class, Duration.ofSeconds(2)));
    }

    /** One request per kind and cleanser: the attributes of a kind each cleanser is configured for. */
    public List<Assignment> assignments() {
        List<Assignment> assignments = new ArrayList<>();
        for (CleansingKind kind : CleansingKind.values()) {
            Map<Cleanser, List<CanonicalAttribute>> grouped = new LinkedHashMap<>();
            for (CanonicalAttribute attribute : kind.attributes()) {
                Cleanser cleanser = byAttribute.get(attribute);
                if (cleanser != null) grouped.computeIfAbsent(cleanser, c -> new ArrayList<>()).add(attribute);
            }
            grouped.forEach((cleanser, attributes) -> assignments.add(new Assignment(kind, cleanser, List.copyOf(attributes))));
        }
        return assignments;
    }

    public record Assignment(CleansingKind kind, Cleanser cleanser, List<CanonicalAttribute> attributes) {
    }

    /** The trust of a cleanser's accepted values; a cleanser no longer configured keeps the built-in's default. */
    public double trust(String cleanser) {
        return trust.getOrDefault(cleanser, 0.85);
    }

    public Optional<Cleanser> cleanser(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** For the API and the jobs page: attribute to cleanser name, and each cleanser's trust and state. */
    public Map<String, Object> describe() {
        Map<String, String> attributes = new LinkedHashMap<>();
        byAttribute.forEach((a, c) -> attributes.put(a.wireName(), c.name()));
        List<Map<String, Object>> cleansers = new ArrayList<>();
        byName.forEach((name, c) -> {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("name", name);
            d.put("trust", trust.get(name));
            d.put("contributesAs", CleansingContributions.SOURCE_PREFIX + name);
            if (c instanceof VendorCleanser vendor) d.put("circuit", vendor.circuitState().name());
            cleansers.add(d);
        });
        return Map.of("attributes", attributes, "cleansers", cleansers);
    }
}
