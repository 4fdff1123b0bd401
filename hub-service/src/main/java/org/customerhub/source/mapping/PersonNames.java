package org.customerhub.source.mapping;

import org.customerhub.standardize.NameStandardizer;
import org.customerhub.standardize.NameVocabulary;

import java.util.Arrays;
import java.util.List;

/**
 * Splits a whole personal name held in one source column. Titles and suffixes ("Mr", "Jr.") are dropped
 * first, so they never take the place of a given or family name.
 */
final class PersonNames {

    private PersonNames() {
    }

    /**
     * "Mueller, Anna M." gives [Mueller, Anna, M.]. Without a comma the first token (with any particles
     * before it: "van der Berg Anna") is the family name.
     *
     * @return [family, given, middle], absent parts null
     */
    static List<String> lastCommaFirst(String value) {
        int comma = value.indexOf(',');
        List<String> family;
        List<String> rest;
        if (comma >= 0) {
            family = NameStandardizer.nameTokens(value.substring(0, comma));
            rest = NameStandardizer.nameTokens(value.substring(comma + 1));
        } else {
            List<String> tokens = NameStandardizer.nameTokens(value);
            int familyEnd = 0;
            while (familyEnd < tokens.size() - 1 && NameVocabulary.isSurnameParticle(tokens.get(familyEnd))) familyEnd++;
            int split = Math.min(familyEnd + 1, tokens.size());
            family = tokens.subList(0, split);
            rest = tokens.subList(split, tokens.size());
        }
        return Arrays.asList(joined(family), first(rest), allButFirst(rest));
    }

    /**
     * "Anna M Mueller" gives [Anna, M, Mueller]; particles before the last token belong to the family name
     * ("Anna van der Berg"), but the first token always stays the given name ("Van Morrison"). A single
     * token is taken as the family name. A value in "Last, First" order (a comma followed by more than
     * suffixes) is read as such: sources mixing both orders in one column are common.
     *
     * @return [given, middle, family], absent parts null
     */
    static List<String> firstLast(String value) {
        int comma = value.indexOf(',');
        if (comma >= 0 && !NameStandardizer.nameTokens(value.substring(comma + 1)).isEmpty()) {
            List<String> lastFirst = lastCommaFirst(value);
            return Arrays.asList(lastFirst.get(1), lastFirst.get(2), lastFirst.get(0));
        }
        List<String> tokens = NameStandardizer.nameTokens(value);
        if (tokens.size() <= 1) return Arrays.asList(null, null, joined(tokens));
        int familyStart = tokens.size() - 1;
        while (familyStart > 1 && NameVocabulary.isSurnameParticle(tokens.get(familyStart - 1))) familyStart--;
        return Arrays.asList(
                tokens.get(0),
                joined(tokens.subList(1, familyStart)),
                joined(tokens.subList(familyStart, tokens.size())));
    }

    private static String first(List<String> tokens) {
        return tokens.isEmpty() ? null : tokens.get(0);
    }

    private static String allButFirst(List<String> tokens) {
        return tokens.size() < 2 ? null : joined(tokens.subList(1, tokens.size()));
    }

    private static String joined(List<String> tokens) {
        return tokens.isEmpty() ? null : String.join(" ", tokens);
    }
}
