package org.customerhub.matching;

import jakarta.inject.Singleton;
import org.customerhub.standardize.MatchKeys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Scores two standardised records (Fellegi-Sunter): each attribute falls into one comparison level whose weight,
 * log2(m/u) of the model, is added to the prior; exact agreement on a term-frequency attribute weighs by how
 * common the shared value is. Missing values add nothing. The score carries the explanation and model version.
 */
@Singleton
public class PairScorer {
    private final PairComparator comparator;
    private final ActiveModel model;
    private final TermFrequencies frequencies;

    public PairScorer(MatchSettings settings, ActiveModel model, TermFrequencies frequencies) {
        this.comparator = new PairComparator(settings.comparisonRules());
        this.model = model;
        this.frequencies = frequencies;
    }

    /** Scores with the model in use now. */
    public PairScore score(MatchKeys a, MatchKeys b) {
        return score(a, b, model.current());
    }

    public PairScore score(MatchKeys a, MatchKeys b, MatchModel with) {
        List<FieldContribution> parts = new ArrayList<>();
        for (Comparison c : comparator.compare(a, b)) parts.add(contribution(c, with));
        double prior = with.priorWeight();
        double total = prior + parts.stream().mapToDouble(FieldContribution::weight).sum();
        double probability = 1.0 / (1.0 + Math.pow(2, -total));
        return new PairScore(prior, total, probability, Collections.unmodifiableList(parts), with.version());
    }

    private FieldContribution contribution(Comparison c, MatchModel with) {
        LevelParameters p = with.parameters(c.attribute(), c.level());
        if (PairComparator.EXACT.equals(c.level()) && frequencies.adjusts(c.attribute())) {
            TermFrequencies.Adjusted adjusted = frequencies.adjust(c.attribute(), c.left(), p);
            return new FieldContribution(c.attribute(), c.level(), adjusted.weight(), c.left(), c.right(),
                    adjusted.termFrequency(), p.weight());
        }
        return new FieldContribution(c.attribute(), c.level(), p.weight(), c.left(), c.right());
    }
}
