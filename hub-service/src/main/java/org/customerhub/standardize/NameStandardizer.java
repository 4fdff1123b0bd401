package org.customerhub.standardize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Display form of a personal name as stewards and letters show it: "ANNA-LENA" gives "Anna-Lena",
 * "o'brien" gives "O'Brien", "van der berg" gives "van der Berg". Titles and suffixes typed as tokens of
 * their own ("Dr", "Jr.") are dropped: they are not part of the name and would disturb matching.
 */
public final class NameStandardizer {

    private NameStandardizer() {
    }

    /** The cleaned display name; "" when nothing of a name remains. */
    public static String displayName(String raw) {
        return display(raw, false);
    }

    /** As {@link #displayName}, and an initial ("m.") becomes its bare upper-case letter ("M"). */
    public static String middleName(String raw) {
        return display(raw, true);
    }

    private static String display(String raw, boolean bareInitials) {
        List<String> tokens = nameTokens(raw);
        List<String> shown = new ArrayList<>(tokens.size());
        boolean afterLowerCaseParticle = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            // a particle alone or last ("Van" as a given name) is a name, not a particle; an article that
            // follows a lower-case particle is lower case too ("de la Cruz"), unlike one that opens ("La Rosa")
            boolean lowerCase = i < tokens.size() - 1 && (NameVocabulary.isLowerCaseParticle(token)
                    || afterLowerCaseParticle && NameVocabulary.isSurnameParticle(token));
            if (bareInitials && isInitial(token)) shown.add(token.substring(0, 1).toUpperCase(Locale.ROOT));
            else if (lowerCase) shown.add(token.toLowerCase(Locale.ROOT));
            else shown.add(ProperCase.word(token));
            afterLowerCaseParticle = lowerCase;
        }
        return String.join(" ", shown);
    }

    /** Whitespace-separated tokens without stray commas or brackets, titles and suffixes removed. */
    public static List<String> nameTokens(String raw) {
        List<String> tokens = new ArrayList<>();
        if (raw == null || raw.isBlank()) return tokens;
        for (String token : raw.strip().split("\\s+")) {
            String cleaned = stripEnclosingPunctuation(token);
            if (!cleaned.isEmpty() && !NameVocabulary.isTitleOrSuffix(cleaned)) tokens.add(cleaned);
        }
        return tokens;
    }

    private static String stripEnclosingPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && isEnclosing(token.charAt(start))) start++;
        while (end > start && isEnclosing(token.charAt(end - 1))) end--;
        return token.substring(start, end);
    }

    private static boolean isEnclosing(char c) {
        return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"';
    }

    private static boolean isInitial(String token) {
        return Character.isLetter(token.charAt(0))
                && (token.length() == 1 || token.length() == 2 && token.charAt(1) == '.');
    }
}
