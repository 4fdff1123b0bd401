package org.customerhub.demo;

/**
 * A deliberate difference between a record and the person it belongs to, recorded so that a benchmark can tell
 * which kind of variation a matcher missed. Shares are of records unless stated otherwise.
 */
public enum Variation {
    /** Captured a second time in the same silo under a new key: about 3 % of (person, silo) pairs. */
    RE_REGISTRATION,
    /** "Bill" for William: 15 % of the records of persons whose given name has a common short form. */
    NICKNAME,
    /** One inserted, missing, neighbouring or swapped letter in the given or family name: 10 %. */
    TYPO,
    /** Given name in the family-name field and vice versa: 2 %. */
    NAME_ORDER_SWAPPED,
    /** "Muller" or "Mueller" for "Müller": depends on the silo's character set and clerk; see {@code Silo}. */
    ACCENTS_CHANGED,
    /** Only the first of a Spanish guest's two family names: 40 % of their records. */
    SECOND_FAMILY_NAME_DROPPED,
    /** Captured before a wedding: maiden name and old email. About 3 % of persons, with at least two records. */
    MAIDEN_NAME,
    /** Captured before a move: the old address. About 10 % of persons, with at least two records. */
    FORMER_ADDRESS,
    /** "Road" where the silos usually write "Rd": 10 % of records with an abbreviated street type. */
    STREET_TYPE_SPELLED_OUT,
    /** Day and month exchanged, possible only when both are at most 12: about 2 %. */
    DATE_OF_BIRTH_DAY_MONTH_SWAPPED,
    /** One of the last four digits wrong: 2 %. */
    PHONE_DIGIT_WRONG,
    /** "Anna.Mueller@Gmail.com" or all capitals: 8 %. */
    EMAIL_CASE_CHANGED
}
