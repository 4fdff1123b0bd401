package org.customerhub.matching;

import jakarta.inject.Singleton;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.customerhub.standardize.MatchKeys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Compares two standardised records attribute by attribute (Fellegi-Sunter): each attribute falls into one
 * comparison level whose configured weight (log2 of m/u) is added to the prior. Missing values add nothing.
 */
@Singleton
public class PairScorer {
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private final MatchSettings settings;

    public PairScorer(MatchSettings settings) {
        this.settings = settings;
    }

    public PairScore score(MatchKeys a, MatchKeys b) {
        List<FieldContribution> parts = new ArrayList<>();
        boolean swapped = namesSwapped(a, b);
        add(parts, "family_name", swapped ? "fuzzy" : nameLevel(a.familyFolded(), b.familyFolded(), a.familyPhonetic(), b.familyPhonetic()),
                a.familyFolded(), b.familyFolded());
        add(parts, "given_name", swapped ? "fuzzy" : givenLevel(a, b), a.givenFolded(), b.givenFolded());
        add(parts, "middle_name", middleLevel(a.middleInitial(), b.middleInitial()), a.middleInitial(), b.middleInitial());
        add(parts, "date_of_birth", dateLevel(a.dateOfBirth(), b.dateOfBirth()), a.dateOfBirth(), b.dateOfBirth());
        add(parts, "email", exactLevel(a.emailKey(), b.emailKey()), a.emailKey(), b.emailKey());
        add(parts, "phone", exactLevel(a.phone(), b.phone()), a.phone(), b.phone());
        add(parts, "postcode", exactLevel(a.postcode(), b.postcode()), a.postcode(), b.postcode());
        add(parts, "street", streetLevel(a, b), address(a), address(b));
        add(parts, "city", exactLevel(a.cityFolded(), b.cityFolded()), a.cityFolded(), b.cityFolded());
        double total = settings.priorWeight() + parts.stream().mapToDouble(FieldContribution::weight).sum();
        double probability = 1.0 / (1.0 + Math.pow(2, -total));
        return new PairScore(settings.priorWeight(), total, probability, Collections.unmodifiableList(parts), settings.modelVersion());
    }

    private void add(List<FieldContribution> parts, String attribute, String level, String left, String right) {
        if (level == null) return;
        parts.add(new FieldContribution(attribute, level, settings.weight(attribute, level), left, right));
    }

    private static boolean present(String s) {
        return s != null && !s.isEmpty();
    }

    private static String exactLevel(String x, String y) {
        if (!present(x) || !present(y)) return null;
        return x.equals(y) ? "exact" : "different";
    }

    private static String nameLevel(String x, String y, String phoneticX, String phoneticY) {
        if (!present(x) || !present(y)) return null;
        if (x.equals(y)) return "exact";
        if (JARO_WINKLER.apply(x, y) >= 0.92) return "fuzzy";
        if (present(phoneticX) && phoneticX.equals(phoneticY)) return "phonetic";
        return "different";
    }

    private String givenLevel(MatchKeys a, MatchKeys b) {
        String x = a.givenFolded();
        String y = b.givenFolded();
        if (!present(x) || !present(y)) return null;
        if (x.equals(y)) return "exact";
        if (a.givenRoots() != null && b.givenRoots() != null && !Collections.disjoint(a.givenRoots(), b.givenRoots()))
            return "nickname";
        if (JARO_WINKLER.apply(x, y) >= 0.92) return "fuzzy";
        if (present(a.givenPhonetic()) && a.givenPhonetic().equals(b.givenPhonetic())) return "phonetic";
        if ((x.length() == 1 || y.length() == 1) && x.charAt(0) == y.charAt(0)) return "initial";
        return "different";
    }

    private static String middleLevel(String x, String y) {
        if (!present(x) || !present(y)) return null;
        return x.equals(y) ? "exact" : "different";
    }

    /** Same person, different order: "Mueller Anna" against "Anna Mueller". */
    private static boolean namesSwapped(MatchKeys a, MatchKeys b) {
        return present(a.givenFolded()) && present(a.familyFolded())
                && !a.givenFolded().equals(a.familyFolded())
                && a.givenFolded().equals(b.familyFolded()) && a.familyFolded().equals(b.givenFolded());
    }

    private static String dateLevel(String x, String y) {
        if (!present(x) || !present(y)) return null;
        if (x.equals(y)) return "exact";
        String[] p = x.split("-");
        String[] q = y.split("-");
        if (p.length != 3 || q.length != 3) return "different";
        if (p[0].equals(q[0]) && p[1].equals(q[2]) && p[2].equals(q[1])) return "transposed";
        int same = (p[0].equals(q[0]) ? 1 : 0) + (p[1].equals(q[1]) ? 1 : 0) + (p[2].equals(q[2]) ? 1 : 0);
        return same == 2 ? "one-component" : "different";
    }

    private static String streetLevel(MatchKeys a, MatchKeys b) {
        if (!present(a.streetFolded()) || !present(b.streetFolded())) return null;
        boolean sameNumber = Objects.equals(a.houseNumber(), b.houseNumber());
        if (sameNumber && a.streetFolded().equals(b.streetFolded())) return "exact";
        if (sameNumber && JARO_WINKLER.apply(a.streetFolded(), b.streetFolded()) >= 0.9) return "fuzzy";
        return "different";
    }

    private static String address(MatchKeys k) {
        if (!present(k.streetFolded())) return null;
        return present(k.houseNumber()) ? k.houseNumber() + " " + k.streetFolded() : k.streetFolded();
    }
}
