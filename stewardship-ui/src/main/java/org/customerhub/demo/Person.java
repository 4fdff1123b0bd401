package org.customerhub.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The truth about one real person, before any silo has captured or garbled it. Mutable while the generator builds
 * households and life events; never leaves the package.
 */
final class Person {
    int id;
    final Origin origin;
    final Gender gender;
    String given;
    /** Full middle name or null; silos show it as an initial, in full, or not at all. */
    String middle;
    String family;
    /** "Jr." for the son of a father with the same name, otherwise empty. */
    String suffix = "";
    LocalDate dateOfBirth;
    Address address;
    Phone phone;
    String email;

    /** Set for a married-name change: records captured before the wedding carry these. */
    String maidenName;
    String maidenEmail;
    /** Set for a move: records captured before it carry this address. */
    Address formerAddress;

    /**
     * Members of look-alike groups are kept free of life events and keying errors, so that the one deliberate
     * difference (given name, date of birth) is all that separates them from their relative.
     */
    boolean lookAlike;

    /** One entry per record; a silo listed twice means the person registered there twice. */
    final List<Silo> recordSilos = new ArrayList<>();

    Person(Origin origin, Gender gender) {
        this.origin = origin;
        this.gender = gender;
    }
}
