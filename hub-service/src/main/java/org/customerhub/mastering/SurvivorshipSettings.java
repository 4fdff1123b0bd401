package org.customerhub.mastering;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import org.customerhub.customer.CanonicalAttribute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code hub.survivorship} (config/application.yml) into the policy; a mistake stops the start, naming the key. */
@Factory
public class SurvivorshipSettings {

    @Singleton
    Survivorship survivorship(Environment environment) {
        return new Survivorship(policy(environment));
    }

    static SurvivorshipPolicy policy(Environment environment) {
        if (environment.getProperty("hub.survivorship", Argument.mapOf(String.class, Object.class)).isEmpty()) {
            return SurvivorshipPolicy.sourceTrustThenMostRecent();
        }
        List<SurvivalCriterion> defaults = criteria("hub.survivorship.default",
                environment.getProperty("hub.survivorship.default", Argument.listOf(String.class)).orElse(List.of("source-trust", "most-recent")));
        Map<String, List<CanonicalAttribute>> groups = new LinkedHashMap<>();
        map(environment, "hub.survivorship.groups").forEach((name, value) -> groups.put(name,
                strings(value).stream().map(a -> attribute("hub.survivorship.groups." + name, a)).toList()));
        Map<String, List<SurvivalCriterion>> rules = new LinkedHashMap<>();
        map(environment, "hub.survivorship.rules").forEach((name, value) ->
                rules.put(name, criteria("hub.survivorship.rules." + name, strings(value))));
        Map<String, Map<String, Double>> trust = new LinkedHashMap<>();
        map(environment, "hub.survivorship.trust", false).forEach((source, value) -> {
            if (!(value instanceof Map<?, ?> byUnit)) throw new IllegalStateException("hub.survivorship.trust." + source + ": expected attribute: trust");
            Map<String, Double> levels = new LinkedHashMap<>();
            byUnit.forEach((unit, t) -> {
                if (String.valueOf(unit).matches("[A-Za-z0-9_-]+")) {
                    levels.putIfAbsent(String.valueOf(unit).replace('-', '_'), trustValue("hub.survivorship.trust." + source + "." + unit, t));
                }
            });
            trust.put(source, levels);
        });
        return new SurvivorshipPolicy(defaults, groups, rules, trust);
    }

    /**
     * The entries of a configuration map by their plain names: Micronaut also lists a list's elements as
     * {@code name[0]} and hyphenated spellings of a name, which are the same entries again.
     */
    private static Map<String, Object> map(Environment environment, String key) {
        return map(environment, key, true);
    }

    /** @param attributeNames the names are attribute or group names, whose hyphens stand for underscores */
    private static Map<String, Object> map(Environment environment, String key, boolean attributeNames) {
        Map<String, Object> plain = new LinkedHashMap<>();
        environment.getProperty(key, Argument.mapOf(String.class, Object.class)).orElse(Map.of()).forEach((name, value) -> {
            if (name.matches("[A-Za-z0-9_-]+")) plain.putIfAbsent(attributeNames ? name.replace('-', '_') : name, value);
        });
        return plain;
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) return list.stream().map(String::valueOf).map(String::strip).toList();
        return Arrays.stream(String.valueOf(value).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<SurvivalCriterion> criteria(String key, List<String> names) {
        List<SurvivalCriterion> criteria = new ArrayList<>();
        for (String name : names) {
            criteria.add(SurvivalCriterion.fromConfigName(name).orElseThrow(() -> new IllegalStateException(key + ": '" + name
                    + "' is not a criterion; use validated, source-trust, most-recent, most-complete or most-frequent")));
        }
        if (criteria.isEmpty()) throw new IllegalStateException(key + ": name at least one criterion");
        return criteria;
    }

    private static CanonicalAttribute attribute(String key, String name) {
        return CanonicalAttribute.fromWireName(name.replace('-', '_'))
                .orElseThrow(() -> new IllegalStateException(key + ": '" + name + "' is not a canonical attribute"));
    }

    private static double trustValue(String key, Object value) {
        try {
            double t = Double.parseDouble(String.valueOf(value));
            if (t < 0 || t > 1) throw new NumberFormatException();
            return t;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(key + ": trust is a number from 0 to 1, not '" + value + "'");
        }
    }
}
