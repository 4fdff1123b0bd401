package org.customerhub.demo;

import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The country a guest lives in. Besides the US there are the countries a Las Vegas resort sees most guests from in
 * Europe; their numbers use real mobile ranges so that a phone library accepts them as valid.
 */
enum Origin {
    US("US", "1", true, List.of(), 0, 3, 3, 4),
    DE("DE", "49", false, List.of("160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177", "178",
            "179"), 7, 3, 7),
    ES("ES", "34", false, List.of("6"), 8, 3, 3, 3),
    FR("FR", "33", true, List.of("60", "61", "62", "64", "65", "66", "67", "68"), 7, 1, 2, 2, 2, 2),
    IT("IT", "39", false, List.of("320", "328", "331", "333", "338", "339", "340", "347", "348", "349", "366", "388",
            "393"), 7, 3, 3, 4),
    GB("GB", "44", true, List.of("7400", "7507", "7701", "7802", "7900", "7956", "7984"), 6, 4, 6);

    /** Exchanges that a real subscriber would not have: the fictional 555 and the service codes N11. */
    private static final Set<String> UNASSIGNED_EXCHANGES = Set.of("555", "950", "958", "959", "976");

    final String iso2;
    final String dialCode;
    /** Europeans on the continent write "Hauptstraße 12"; Americans, the French and the British "12 High Street". */
    final boolean houseNumberFirst;
    private final List<String> mobilePrefixes;
    private final int subscriberDigits;
    private final int[] phoneGroups;

    Origin(String iso2, String dialCode, boolean houseNumberFirst, List<String> mobilePrefixes, int subscriberDigits,
           int... phoneGroups) {
        this.iso2 = iso2;
        this.dialCode = dialCode;
        this.houseNumberFirst = houseNumberFirst;
        this.mobilePrefixes = mobilePrefixes;
        this.subscriberDigits = subscriberDigits;
        this.phoneGroups = phoneGroups;
    }

    int[] phoneGroups() {
        return phoneGroups.clone();
    }

    Phone newPhone(Random random, City home) {
        if (this == US) {
            String exchange;
            do {
                exchange = (2 + random.nextInt(8)) + digits(random, 2);
            } while (exchange.endsWith("11") || UNASSIGNED_EXCHANGES.contains(exchange));
            String area = home.areaCodes().get(random.nextInt(home.areaCodes().size()));
            return new Phone(this, area + exchange + digits(random, 4));
        }
        String prefix = mobilePrefixes.get(random.nextInt(mobilePrefixes.size()));
        return new Phone(this, prefix + digits(random, subscriberDigits));
    }

    private static String digits(Random random, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) out.append(random.nextInt(10));
        return out.toString();
    }
}
