package org.customerhub.matching;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Fellegi-Sunter model the scorer applies: m and u per attribute and comparison level, and lambda, the
 * probability that a pair of records is the same person before anything is compared. A level adds
 * log2(m/u) to the prior log2(lambda/(1-lambda)); the sum is the match weight. Immutable, with the version
 * every decision made with it records.
 */
public final class MatchModel {
    private final String version;
    private final double lambda;
    private final Map<String, Map<String, LevelParameters>> levels;

    public MatchModel(String version, double lambda, Map<String, Map<String, LevelParameters>> levels) {
        if (version == null || version.isBlank() || version.length() > 40)
            throw new IllegalArgumentException("a model version is 1 to 40 characters");
        if (!(lambda > 0 && lambda < 1)) throw new IllegalArgumentException("lambda must lie in (0, 1), got " + lambda);
        Map<String, Map<String, LevelParameters>> copy = new LinkedHashMap<>();
        levels.forEach((attribute, byLevel) -> copy.put(attribute, Collections.unmodifiableMap(new LinkedHashMap<>(byLevel))));
        this.version = version;
        this.lambda = lambda;
        this.levels = Collections.unmodifiableMap(copy);
    }

    public String version() {
        return version;
    }

    public double lambda() {
        return lambda;
    }

    /** log2 of the prior odds that two records are the same person. */
    public double priorWeight() {
        return Math.log(lambda / (1 - lambda)) / Math.log(2);
    }

    public LevelParameters parameters(String attribute, String level) {
        Map<String, LevelParameters> byLevel = levels.get(attribute);
        LevelParameters p = byLevel == null ? null : byLevel.get(level);
        if (p == null) throw new IllegalStateException("model " + version + " has no parameters for " + attribute + "." + level);
        return p;
    }

    public double weight(String attribute, String level) {
        return parameters(attribute, level).weight();
    }

    /** attribute -> level -> m and u, in the order of the comparison levels */
    public Map<String, Map<String, LevelParameters>> levels() {
        return levels;
    }

    public MatchModel withVersion(String newVersion) {
        return new MatchModel(newVersion, lambda, levels);
    }

    /** Fails, naming the first gap, unless the model has parameters for every level the comparator can give. */
    public void requireLevels(Map<String, List<String>> required) {
        required.forEach((attribute, names) -> names.forEach(level -> parameters(attribute, level)));
    }

    /**
     * This model with exactly the attributes and levels of {@code reference}: a level it has no parameters for
     * (a model stored before the level existed) takes the reference's, a level the reference lacks is dropped.
     */
    public MatchModel alignedTo(MatchModel reference) {
        Map<String, Map<String, LevelParameters>> aligned = new LinkedHashMap<>();
        reference.levels.forEach((attribute, byLevel) -> {
            Map<String, LevelParameters> mine = levels.getOrDefault(attribute, Map.of());
            Map<String, LevelParameters> merged = new LinkedHashMap<>();
            byLevel.forEach((level, p) -> merged.put(level, mine.getOrDefault(level, p)));
            aligned.put(attribute, merged);
        });
        return new MatchModel(version, lambda, aligned);
    }

    /**
     * The parameters as a JSON-ready document: {@code {"lambda": ..., "levels": {attribute: {level: {"m", "u",
     * "weight"}}}}}; the weight follows from m and u and is there for the reader.
     */
    public Map<String, Object> parameters() {
        Map<String, Object> byAttribute = new LinkedHashMap<>();
        levels.forEach((attribute, byLevel) -> {
            Map<String, Object> out = new LinkedHashMap<>();
            byLevel.forEach((level, p) -> out.put(level, Map.of("m", p.m(), "u", p.u(), "weight", p.weight())));
            byAttribute.put(attribute, out);
        });
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("lambda", lambda);
        doc.put("levels", byAttribute);
        return doc;
    }

    /**
     * Reads the document {@link #parameters()} writes; the configuration's starting model has the same shape.
     * Attribute names may be written with hyphens (the configuration's key style) or underscores.
     */
    public static MatchModel fromParameters(String version, Map<String, ?> document) {
        Object lambda = document.get("lambda");
        if (lambda == null) throw new IllegalArgumentException("model " + version + ": lambda is missing");
        if (!(document.get("levels") instanceof Map<?, ?> byAttribute))
            throw new IllegalArgumentException("model " + version + ": levels are missing");
        Map<String, Map<String, LevelParameters>> levels = new LinkedHashMap<>();
        byAttribute.forEach((attribute, byLevel) -> {
            if (!(byLevel instanceof Map<?, ?> levelMap))
                throw new IllegalArgumentException("model " + version + ": " + attribute + " must map levels to m and u");
            Map<String, LevelParameters> parsed = new LinkedHashMap<>();
            levelMap.forEach((level, mu) -> {
                if (!(mu instanceof Map<?, ?> p) || p.get("m") == null || p.get("u") == null)
                    throw new IllegalArgumentException("model " + version + ": " + attribute + "." + level + " needs m and u");
                parsed.put(level.toString(), new LevelParameters(number(p.get("m")), number(p.get("u"))));
            });
            levels.put(attribute.toString().replace('-', '_'), parsed);
        });
        return new MatchModel(version, number(lambda), levels);
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString());
    }

    @Override
    public String toString() {
        return "MatchModel[" + version + "]";
    }
}
