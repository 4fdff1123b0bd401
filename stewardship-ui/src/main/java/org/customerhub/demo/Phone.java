package org.customerhub.demo;

import java.util.Random;

/** A mobile or household number as digits; each silo prints it its own way. */
record Phone(Origin origin, String national) {

    boolean northAmerican() {
        return origin == Origin.US;
    }

    String area() {
        return national.substring(0, 3);
    }

    String exchange() {
        return national.substring(3, 6);
    }

    String line() {
        return national.substring(6);
    }

    String e164() {
        return "+" + origin.dialCode + national;
    }

    /** The way the number is written on a foreign business card: "+49 171 2345678", "+33 6 12 34 56 78". */
    String spacedInternational() {
        StringBuilder out = new StringBuilder("+").append(origin.dialCode);
        int at = 0;
        for (int group : origin.phoneGroups()) {
            out.append(' ').append(national, at, at + group);
            at += group;
        }
        return out.toString();
    }

    /**
     * Only the last four digits are touched so that the wrong number is still a valid one: a typo is not caught
     * by a validity check, which is exactly why it reaches the hub.
     */
    Phone withOneDigitWrong(Random random) {
        int position = national.length() - 1 - random.nextInt(4);
        char old = national.charAt(position);
        char replacement = (char) ('0' + (old - '0' + 1 + random.nextInt(9)) % 10);
        return new Phone(origin, national.substring(0, position) + replacement + national.substring(position + 1));
    }
}
