package org.customerhub.matching;

import io.micronaut.context.env.Environment;
import io.micronaut.core.type.Argument;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matching as configured in {@code hub.matching} (config/): decision thresholds, the rules of the comparison
 * levels, the starting model (m and u per level, lambda), term-frequency adjustment and training bounds.
 */
@Singleton
public class MatchSettings {
    private final double autoLink;
    private final double review;
    private final double trainedAutoLink;
    private final double trainedReview;
    private final int candidatesPerQuery;
    private final ComparisonRules comparisonRules;
    private final MatchModel startingModel;
    private final TermFrequencySettings termFrequency;
    private final TrainingSettings training;
    private ConflictGuard conflictGuard = ConflictGuard.STANDARD;

    @Inject
    public MatchSettings(Environment environment) {
        this(environment.getRequiredProperty("hub.matching.thresholds.auto-link", Double.class),
                environment.getRequiredProperty("hub.matching.thresholds.review", Double.class),
                environment.getProperty("hub.matching.thresholds.trained.auto-link", Double.class)
                        .orElseGet(() -> environment.getRequiredProperty("hub.matching.thresholds.auto-link", Double.class)),
                environment.getProperty("hub.matching.thresholds.trained.review", Double.class)
                        .orElseGet(() -> environment.getRequiredProperty("hub.matching.thresholds.review", Double.class)),
                environment.getProperty("hub.matching.candidates-per-query", Integer.class, 20),
                new ComparisonRules(
                        environment.getRequiredProperty("hub.matching.levels.name-close", Double.class),
                        environment.getRequiredProperty("hub.matching.levels.name-fuzzy", Double.class),
                        environment.getRequiredProperty("hub.matching.levels.street-fuzzy", Double.class),
                        environment.getRequiredProperty("hub.matching.levels.street-token-overlap", Double.class),
                        environment.getRequiredProperty("hub.matching.levels.street-token-min-length", Integer.class),
                        environment.getRequiredProperty("hub.matching.levels.year-tolerance", Integer.class)),
                startingModel(environment),
                new TermFrequencySettings(
                        environment.getProperty("hub.matching.term-frequency.attributes", Argument.listOf(String.class)).orElse(List.of()),
                        environment.getRequiredProperty("hub.matching.term-frequency.prior-records", Double.class),
                        environment.getRequiredProperty("hub.matching.term-frequency.max-increase", Double.class),
                        environment.getRequiredProperty("hub.matching.term-frequency.max-decrease", Double.class)),
                new TrainingSettings(
                        environment.getRequiredProperty("hub.matching.training.max-records", Integer.class),
                        environment.getRequiredProperty("hub.matching.training.random-pairs", Integer.class),
                        environment.getRequiredProperty("hub.matching.training.max-pairs-per-rule", Integer.class),
                        environment.getRequiredProperty("hub.matching.training.max-block-size", Integer.class),
                        environment.getRequiredProperty("hub.matching.training.max-iterations", Integer.class),
                        environment.getRequiredProperty("hub.matching.training.tolerance", Double.class),
                        environment.getRequiredProperty("hub.matching.training.label-weight", Double.class),
                        environment.getRequiredProperty("hub.matching.training.starting-u-pairs", Double.class),
                        environment.getRequiredProperty("hub.matching.training.starting-m-pairs", Double.class),
                        environment.getRequiredProperty("hub.matching.training.min-probability", Double.class),
                        environment.getProperty("hub.matching.training.seed", Long.class, 1L)));
        this.conflictGuard = new ConflictGuard(
                Set.copyOf(environment.getProperty("hub.matching.conflict-guard.attributes", Argument.listOf(String.class))
                        .orElse(List.copyOf(ConflictGuard.STANDARD.attributes()))),
                environment.getProperty("hub.matching.conflict-guard.generation-years", Integer.class, ConflictGuard.STANDARD.generationYears()),
                Set.copyOf(environment.getProperty("hub.matching.conflict-guard.unless-exact", Argument.listOf(String.class))
                        .orElse(List.copyOf(ConflictGuard.STANDARD.unlessExact()))));
        for (String attribute : conflictGuard.attributes()) requireAttribute("hub.matching.conflict-guard.attributes", attribute);
        for (String attribute : conflictGuard.unlessExact()) requireAttribute("hub.matching.conflict-guard.unless-exact", attribute);
    }

    private static void requireAttribute(String key, String attribute) {
        if (!PairComparator.LEVELS.containsKey(attribute)) throw new IllegalStateException(key + ": unknown attribute " + attribute);
    }

    /** When a pair above auto-link still goes to review (twins, spouses, parent and child). */
    public ConflictGuard conflictGuard() {
        return conflictGuard;
    }

    public MatchSettings(double autoLink, double review, int candidatesPerQuery, ComparisonRules comparisonRules,
                         MatchModel startingModel, TermFrequencySettings termFrequency, TrainingSettings training) {
        this(autoLink, review, autoLink, review, candidatesPerQuery, comparisonRules, startingModel, termFrequency, training);
    }

    public MatchSettings(double autoLink, double review, double trainedAutoLink, double trainedReview, int candidatesPerQuery,
                         ComparisonRules comparisonRules, MatchModel startingModel, TermFrequencySettings termFrequency,
                         TrainingSettings training) {
        if (!(review < autoLink)) throw new IllegalStateException("hub.matching.thresholds: review must be below auto-link");
        if (!(trainedReview < trainedAutoLink))
            throw new IllegalStateException("hub.matching.thresholds.trained: review must be below auto-link");
        this.trainedAutoLink = trainedAutoLink;
        this.trainedReview = trainedReview;
        startingModel.requireLevels(PairComparator.LEVELS);
        for (String attribute : termFrequency.attributes()) {
            if (!PairComparator.LEVELS.containsKey(attribute))
                throw new IllegalStateException("hub.matching.term-frequency.attributes: unknown attribute " + attribute);
        }
        this.autoLink = autoLink;
        this.review = review;
        this.candidatesPerQuery = candidatesPerQuery;
        this.comparisonRules = comparisonRules;
        this.startingModel = startingModel;
        this.termFrequency = termFrequency;
        this.training = training;
    }

    private static MatchModel startingModel(Environment environment) {
        String version = environment.getRequiredProperty("hub.matching.model.version", String.class);
        Map<String, Object> levels = environment.getProperty("hub.matching.model.levels", Argument.mapOf(String.class, Object.class))
                .orElseThrow(() -> new IllegalStateException("hub.matching.model.levels is missing from the configuration"));
        return MatchModel.fromParameters(version, Map.of(
                "lambda", environment.getRequiredProperty("hub.matching.model.lambda", Double.class),
                "levels", levels));
    }

    public double autoLink() { return autoLink; }
    public double review() { return review; }

    /**
     * The auto-link threshold for decisions made with {@code model}. The starting model's lambda is the share of
     * matches among candidate pairs, a trained model's (as in Splink) the share among all record pairs, so the same
     * evidence gives a trained model a lower probability: it has thresholds of its own.
     */
    public double autoLink(MatchModel model) {
        return isStarting(model) ? autoLink : trainedAutoLink;
    }

    public double review(MatchModel model) {
        return isStarting(model) ? review : trainedReview;
    }

    private boolean isStarting(MatchModel model) {
        return model.version().equals(startingModel.version());
    }
    public int candidatesPerQuery() { return candidatesPerQuery; }
    public ComparisonRules comparisonRules() { return comparisonRules; }
    /** The model used until a trained one is stored, and the starting values of every retrain. */
    public MatchModel startingModel() { return startingModel; }
    public TermFrequencySettings termFrequency() { return termFrequency; }
    public TrainingSettings training() { return training; }

    public MatchSettings withTermFrequency(TermFrequencySettings other) {
        return withGuardOf(new MatchSettings(autoLink, review, trainedAutoLink, trainedReview, candidatesPerQuery, comparisonRules,
                startingModel, other, training));
    }

    public MatchSettings withTraining(TrainingSettings other) {
        return withGuardOf(new MatchSettings(autoLink, review, trainedAutoLink, trainedReview, candidatesPerQuery, comparisonRules,
                startingModel, termFrequency, other));
    }

    private MatchSettings withGuardOf(MatchSettings copy) {
        copy.conflictGuard = conflictGuard;
        return copy;
    }
}
