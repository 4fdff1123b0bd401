package org.customerhub.matching;

import io.micronaut.context.env.Environment;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/** Thresholds and comparison-level weights, read from hub.matching in config/. */
@Singleton
public class MatchSettings {
    private final String modelVersion;
    private final double priorWeight;
    private final double autoLink;
    private final double review;
    private final int candidatesPerQuery;
    private final Map<String, Map<String, Double>> weights;

    public MatchSettings(Environment environment) {
        this.modelVersion = environment.getRequiredProperty("hub.matching.model-version", String.class);
        this.priorWeight = environment.getRequiredProperty("hub.matching.prior-weight", Double.class);
        this.autoLink = environment.getRequiredProperty("hub.matching.thresholds.auto-link", Double.class);
        this.review = environment.getRequiredProperty("hub.matching.thresholds.review", Double.class);
        this.candidatesPerQuery = environment.getProperty("hub.matching.candidates-per-query", Integer.class, 20);
        Map<String, Object> raw = environment.getProperty("hub.matching.weights", Argument.mapOf(String.class, Object.class))
                .orElseThrow(() -> new IllegalStateException("hub.matching.weights is missing from the configuration"));
        this.weights = new HashMap<>();
        raw.forEach((attribute, levels) -> {
            if (!(levels instanceof Map<?, ?> levelMap)) return;
            Map<String, Double> parsed = new HashMap<>();
            levelMap.forEach((level, w) -> parsed.put(level.toString(), Double.parseDouble(w.toString())));
            weights.put(attribute.replace('-', '_'), parsed);
        });
        if (!(review < autoLink)) throw new IllegalStateException("hub.matching.thresholds: review must be below auto-link");
    }

    public MatchSettings(String modelVersion, double priorWeight, double autoLink, double review, int candidatesPerQuery,
                         Map<String, Map<String, Double>> weights) {
        this.modelVersion = modelVersion;
        this.priorWeight = priorWeight;
        this.autoLink = autoLink;
        this.review = review;
        this.candidatesPerQuery = candidatesPerQuery;
        this.weights = weights;
    }

    public double weight(String attribute, String level) {
        Map<String, Double> levels = weights.get(attribute);
        if (levels == null) return 0;
        Double w = levels.get(level);
        if (w == null) throw new IllegalStateException("no weight configured for " + attribute + "." + level);
        return w;
    }

    public boolean hasLevel(String attribute, String level) {
        return weights.containsKey(attribute) && weights.get(attribute).containsKey(level);
    }

    public String modelVersion() { return modelVersion; }
    public double priorWeight() { return priorWeight; }
    public double autoLink() { return autoLink; }
    public double review() { return review; }
    public int candidatesPerQuery() { return candidatesPerQuery; }
}
