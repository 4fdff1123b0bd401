package org.customerhub.standardize;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Title case for display: "DESERT INN RD" becomes "Desert Inn Rd", "mcdonald" becomes "McDonald".
 * Sources deliver names and places in upper case, lower case or typed at a front desk; stewards and
 * letters need one readable form.
 */
public final class ProperCase {

    private ProperCase() {
    }

    /** Every word title-cased, whitespace collapsed. Null or blank gives "". */
    public static String words(String text) {
        if (text == null || text.isBlank()) return "";
        return Arrays.stream(text.strip().split("\\s+"))
                .map(ProperCase::word)
                .collect(Collectors.joining(" "));
    }

    /** One word; each hyphenated part is cased on its own ("ANNA-LENA" gives "Anna-Lena"). */
    public static String word(String word) {
        return Arrays.stream(word.split("-", -1))
                .map(ProperCase::part)
                .collect(Collectors.joining("-"));
    }

    private static String part(String part) {
        if (part.isEmpty() || isDeliberatelyMixedCase(part)) return part;
        char[] letters = part.toLowerCase(Locale.ROOT).toCharArray();
        letters[0] = Character.toUpperCase(letters[0]);
        boolean mcPrefix = letters.length > 2 && letters[0] == 'M' && letters[1] == 'c' && Character.isLetter(letters[2]);
        if (mcPrefix) letters[2] = Character.toUpperCase(letters[2]);
        // O'Brien, D'Angelo: a one-letter prefix before the apostrophe; "King's" must stay as it is
        boolean elidedPrefix = letters.length > 2 && isApostrophe(letters[1]) && Character.isLetter(letters[2]);
        if (elidedPrefix) letters[2] = Character.toUpperCase(letters[2]);
        return new String(letters);
    }

    /**
     * "DeVito" or "MacArthur" typed that way by someone who knew: an upper-case first letter followed by
     * both lower- and upper-case letters. Such spellings cannot be rebuilt by rules, so they are kept.
     */
    private static boolean isDeliberatelyMixedCase(String part) {
        if (!Character.isUpperCase(part.charAt(0))) return false;
        boolean lower = false;
        boolean upper = false;
        for (int i = 1; i < part.length(); i++) {
            char c = part.charAt(i);
            lower |= Character.isLowerCase(c);
            upper |= Character.isUpperCase(c);
        }
        return lower && upper;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }
}
