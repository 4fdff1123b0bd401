package org.customerhub.demo;

import java.util.List;
import java.util.Random;

/**
 * A place guests come from, with the postal codes and telephone area codes that really belong to it, so that a
 * standardizer checking ZIP against state or area code against city finds consistent data unless a variation says
 * otherwise.
 */
record City(String name, String state, int zipLow, int zipHigh, List<String> areaCodes, List<String> postcodeAreas,
            double weight) {

    private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    static City us(String name, String state, double weight, int zipLow, int zipHigh, String... areaCodes) {
        return new City(name, state, zipLow, zipHigh, List.of(areaCodes), List.of(), weight);
    }

    /** Continental European postal codes are five digits too, which keeps them in the ZIP columns. */
    static City abroad(String name, double weight, int postcodeLow, int postcodeHigh) {
        return new City(name, "", postcodeLow, postcodeHigh, List.of(), List.of(), weight);
    }

    static City british(String name, double weight, String... postcodeAreas) {
        return new City(name, "", 0, 0, List.of(), List.of(postcodeAreas), weight);
    }

    String postcode(Random random) {
        if (!postcodeAreas.isEmpty()) {
            return postcodeAreas.get(random.nextInt(postcodeAreas.size())) + " " + random.nextInt(10)
                    + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()))
                    + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()));
        }
        return String.format("%05d", zipLow + random.nextInt(zipHigh - zipLow + 1));
    }
}
