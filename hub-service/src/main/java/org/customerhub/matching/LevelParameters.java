package org.customerhub.matching;

/**
 * The Fellegi-Sunter probabilities of one comparison level: {@code m}, how often the level occurs when the two
 * records are the same person, and {@code u}, how often when they are not. Their ratio is the evidence the level
 * gives, as a log2 Bayes factor ({@link #weight()}).
 */
public record LevelParameters(double m, double u) {

    public LevelParameters {
        if (!(m > 0 && m <= 1) || !(u > 0 && u <= 1))
            throw new IllegalArgumentException("m and u must lie in (0, 1], got m=" + m + " u=" + u);
    }

    public double weight() {
        return Math.log(m / u) / Math.log(2);
    }
}
