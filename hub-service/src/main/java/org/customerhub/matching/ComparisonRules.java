package org.customerhub.matching;

/**
 * Where the comparison levels of an attribute begin and end, from {@code hub.matching.levels} in config/.
 *
 * @param nameClose            Jaro-Winkler similarity of two names at or above which they are "close"
 * @param nameFuzzy            Jaro-Winkler similarity at or above which they are "fuzzy" (and below close)
 * @param streetFuzzy          Jaro-Winkler similarity of two streets with the same house number for "fuzzy"
 * @param streetTokenOverlap   share of shared street words (Jaccard) for "tokens"
 * @param streetTokenMinLength words shorter than this ("st", "n") do not count as shared street words
 * @param yearTolerance        years two birth dates with the same day and month may be apart for "year-near"
 */
public record ComparisonRules(double nameClose, double nameFuzzy, double streetFuzzy, double streetTokenOverlap,
                              int streetTokenMinLength, int yearTolerance) {

    public ComparisonRules {
        if (!(0 < nameFuzzy && nameFuzzy <= nameClose && nameClose <= 1))
            throw new IllegalArgumentException("hub.matching.levels: need 0 < name-fuzzy <= name-close <= 1");
        if (!(0 < streetFuzzy && streetFuzzy <= 1) || !(0 < streetTokenOverlap && streetTokenOverlap <= 1))
            throw new IllegalArgumentException("hub.matching.levels: street-fuzzy and street-token-overlap must be in (0, 1]");
        if (streetTokenMinLength < 1 || yearTolerance < 1)
            throw new IllegalArgumentException("hub.matching.levels: street-token-min-length and year-tolerance must be at least 1");
    }
}
