package org.customerhub.matching;

import java.util.HashSet;
import java.util.Set;

/**
 * Optimal string alignment distance (Damerau-Levenshtein without repeated edits of one substring): the edit
 * distance Elasticsearch's fuzzy query uses with transpositions, so that the in-memory search of records not
 * yet searchable finds what the index would find. Stateless and thread-safe.
 */
public final class EditDistance {
    private EditDistance() {
    }

    /** True when the two strings are equal or one substitution, insertion, deletion or adjacent swap apart. */
    public static boolean withinOne(String x, String y) {
        return within(x, y, 1);
    }

    /** True when the distance is at most {@code max}; gives up early once every alignment exceeds it. */
    public static boolean within(String x, String y, int max) {
        if (Math.abs(x.length() - y.length()) > max) return false;
        if (x.equals(y)) return true;
        if (max == 0) return false;
        int n = x.length();
        int m = y.length();
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) previous[j] = j;
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMinimum = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMinimum = Math.min(rowMinimum, d);
            }
            if (rowMinimum > max) return false;
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return previous[m] <= max;
    }

    /**
     * The string and every string made of it by deleting up to {@code max} characters. Two strings at most
     * {@code max} edits apart (optimal string alignment) always share one: a substitution or a swap of neighbours
     * costs one deletion on each side, an insertion one on the other side. So a lookup of these variants in a set of
     * variants finds every string within the budget, and a few more (up to twice the budget apart), which the caller
     * checks with {@link #within}. A name of n characters has at most 1 + n + n(n-1)/2 variants at budget 2.
     */
    public static Set<String> deletions(String s, int max) {
        Set<String> out = new HashSet<>();
        out.add(s);
        Set<String> current = Set.of(s);
        for (int round = 0; round < max; round++) {
            Set<String> next = new HashSet<>();
            for (String w : current) {
                for (int i = 0; i < w.length(); i++) next.add(w.substring(0, i) + w.substring(i + 1));
            }
            out.addAll(next);
            current = next;
        }
        return out;
    }

    /** The largest budget {@link #autoFuzziness} gives: what a stored name's deletion variants must cover. */
    public static final int MAX_AUTO_FUZZINESS = 2;

    /** The edit budget of Elasticsearch's {@code fuzziness: AUTO} for a term: 0 up to 2 characters, 1 up to 5, else 2. */
    public static int autoFuzziness(String term) {
        int length = term.codePointCount(0, term.length());
        return length <= 2 ? 0 : length <= 5 ? 1 : MAX_AUTO_FUZZINESS;
    }
}
