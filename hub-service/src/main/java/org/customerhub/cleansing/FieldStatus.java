package org.customerhub.cleansing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The result status a cleanser gives one field, in the address-verification style of the trade (Loqate's AVC,
 * Experian's match codes): how far the value could be checked against reference data. The wire name is what the
 * vendor sends, the DMN routing table reads and the API shows. Ordered from best to worst, so that a proposal of
 * several fields takes its weakest field's status.
 */
public enum FieldStatus {
    /** Matched to reference data as it is (or after formatting). */
    VERIFIED("verified"),
    /** Some parts matched (e.g. street and city, not the house number). */
    PARTIALLY_VERIFIED("partially_verified"),
    /** Two or more reference entries fit equally well. */
    AMBIGUOUS("ambiguous"),
    /** The field contradicts another field of the record (ZIP code of another state). */
    CONFLICT("conflict"),
    /** Nothing in the reference data confirms it. */
    UNVERIFIED("unverified"),
    /** The cleanser gave up and returned the input unchanged. */
    REVERTED("reverted");

    private final String wireName;

    FieldStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<FieldStatus> fromWire(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }

    public FieldStatus worse(FieldStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
