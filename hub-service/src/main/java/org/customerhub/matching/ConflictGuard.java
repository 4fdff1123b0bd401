package org.customerhub.matching;

import java.util.Set;

/**
 * When a pair that scores above auto-link still goes to a person: twins, spouses, parent and child at one address
 * share family name, address and phone, and the household evidence can outweigh a different given name or birth
 * date. A pair conflicts when one of {@code attributes} compares as "different"; a birth date only when the years
 * are at least {@code generationYears} apart (a parent and a child; a nearer date that differs is far more often a
 * slip than another person, and a different given name still catches twins and siblings). An exact agreement on one
 * of {@code unlessExact} (a personal identifier such as a national id) settles that the pair is one person. Leave
 * that list empty where sources give one number to a whole household (a family account).
 */
public record ConflictGuard(Set<String> attributes, int generationYears, Set<String> unlessExact) {
    public static final ConflictGuard STANDARD = new ConflictGuard(
            Set.of(PairComparator.GIVEN_NAME, PairComparator.DATE_OF_BIRTH), 12, Set.of(PairComparator.CUSTOMER_NUMBER));

    public ConflictGuard {
        attributes = Set.copyOf(attributes);
        unlessExact = Set.copyOf(unlessExact);
    }

    public boolean conflicts(PairScore score) {
        boolean conflict = false;
        for (FieldContribution c : score.contributions()) {
            if (unlessExact.contains(c.attribute()) && PairComparator.EXACT.equals(c.level())) return false;
            if (attributes.contains(c.attribute()) && PairComparator.DIFFERENT.equals(c.level())) {
                conflict |= !PairComparator.DATE_OF_BIRTH.equals(c.attribute()) || yearsApart(c.left(), c.right()) >= generationYears;
            }
        }
        return conflict;
    }

    private static int yearsApart(String isoDate, String otherIsoDate) {
        try {
            return Math.abs(Integer.parseInt(isoDate.substring(0, 4)) - Integer.parseInt(otherIsoDate.substring(0, 4)));
        } catch (RuntimeException unreadable) {
            return Integer.MAX_VALUE;
        }
    }
}
