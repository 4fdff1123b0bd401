package org.customerhub.cleansing;

import org.customerhub.customer.CanonicalAttribute;

import java.util.List;

/**
 * What a cleanser says about one field: the value it proposes (the input itself when it proposes no change), its
 * status, the verification level (0 nothing, 1 state, 2 city, 3 street, 4 premise / house number, 5 delivery
 * point such as the unit; non-address fields use 5 for "fully checked") and a match score from 0 to 100,
 * and its codes (what it did or found: SUFFIX_ABBREVIATED, ZIP_STATE_CONFLICT, ...).
 */
public record FieldResult(CanonicalAttribute attribute, String before, String after, FieldStatus status, int level,
                          int score, List<String> codes) {
    public FieldResult {
        if (level < 0 || level > 5) throw new IllegalArgumentException("verification level must be 0 to 5, not " + level);
        if (score < 0 || score > 100) throw new IllegalArgumentException("match score must be 0 to 100, not " + score);
        codes = List.copyOf(codes);
    }

    public boolean changes() {
        return !java.util.Objects.equals(blankToNull(before), blankToNull(after));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
