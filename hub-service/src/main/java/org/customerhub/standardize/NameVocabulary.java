package org.customerhub.standardize;

import java.util.Locale;
import java.util.Set;

/**
 * The small words around personal names: titles and suffixes that are not part of the name, and the
 * particles ("van", "de", "von") that belong to the family name.
 */
public final class NameVocabulary {

    private static final Set<String> TITLES_AND_SUFFIXES = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "herr", "frau",
            "jr", "sr", "ii", "iii", "esq", "phd");

    /** Particles that start a family name when they stand between given name and surname. */
    private static final Set<String> SURNAME_PARTICLES = Set.of(
            "van", "von", "vom", "der", "den", "de", "del", "della", "dell", "dei", "degli", "di", "da", "das",
            "do", "dos", "du", "des", "la", "le", "lo", "los", "las", "ten", "ter", "te", "zu", "zum", "zur",
            "y", "e", "bin", "ibn", "al", "el", "st", "saint", "mac");

    /**
     * The subset written in lower case inside a name ("van der Berg", "de la Cruz", "von Trapp").
     * Italian and French articles ("Di Maio", "La Rosa", "Le Roux") are conventionally capitalised, so they
     * are not here.
     */
    private static final Set<String> LOWER_CASE_PARTICLES = Set.of(
            "van", "von", "vom", "der", "den", "de", "da", "das", "do", "dos", "du", "des", "ten", "ter", "te",
            "zu", "zum", "zur", "y", "e", "bin", "ibn");

    private NameVocabulary() {
    }

    /** "Mr", "Dr.", "Jr.," and the like, written as a token of their own. */
    public static boolean isTitleOrSuffix(String token) {
        return TITLES_AND_SUFFIXES.contains(bare(token));
    }

    public static boolean isSurnameParticle(String token) {
        return SURNAME_PARTICLES.contains(bare(token));
    }

    public static boolean isLowerCaseParticle(String token) {
        return LOWER_CASE_PARTICLES.contains(bare(token));
    }

    private static String bare(String token) {
        return token.toLowerCase(Locale.ROOT).replace(".", "").replace(",", "");
    }
}
