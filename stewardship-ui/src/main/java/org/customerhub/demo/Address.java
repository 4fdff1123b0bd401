package org.customerhub.demo;

import java.util.Map;

/** Where a person lives, kept in parts because the silos disagree on how to split and print it. */
record Address(String houseNumber, String street, City city, String postcode, Origin origin) {

    /** US street types as the silos abbreviate them and as a clerk sometimes spells them out. */
    private static final Map<String, String> SPELLED_OUT = Map.ofEntries(
            Map.entry("Rd", "Road"), Map.entry("Ave", "Avenue"), Map.entry("Blvd", "Boulevard"),
            Map.entry("St", "Street"), Map.entry("Dr", "Drive"), Map.entry("Ln", "Lane"),
            Map.entry("Pkwy", "Parkway"), Map.entry("Ct", "Court"), Map.entry("Cir", "Circle"),
            Map.entry("Pl", "Place"), Map.entry("Trl", "Trail"), Map.entry("Hwy", "Highway"));

    String line1() {
        return origin.houseNumberFirst ? houseNumber + " " + street : street + " " + houseNumber;
    }

    boolean hasAbbreviatedStreetType() {
        return SPELLED_OUT.containsKey(lastWord(street));
    }

    Address withStreetTypeSpelledOut() {
        String type = lastWord(street);
        if (!SPELLED_OUT.containsKey(type)) return this;
        String spelled = street.substring(0, street.length() - type.length()) + SPELLED_OUT.get(type);
        return new Address(houseNumber, spelled, city, postcode, origin);
    }

    private static String lastWord(String text) {
        return text.substring(text.lastIndexOf(' ') + 1);
    }
}
