package org.customerhub.matching;

import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.standardize.MatchKeys;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.customerhub.customer.CanonicalAttribute.*;

/**
 * A made-up customer base for training tests: people with invented family names (a few very common ones), some
 * recorded twice by another silo (with a nickname, a typo or fields left out), and households where two people
 * share family name, address and phone.
 */
final class SyntheticPopulation {
    static final String[] NICKNAMED = {"william", "bill", "robert", "bob", "richard", "rick", "thomas", "tom", "james", "jim",
            "joseph", "joe", "margaret", "peggy", "elizabeth", "liz", "susan", "sue"};
    static final String[] GIVEN = {"anna", "maja", "olga", "ivan", "lena", "marta", "jonas", "edda", "karl", "pia", "theo", "nora",
            "ines", "felix", "hugo", "lotte", "bruno", "clara", "oskar", "greta", "emil", "frida", "aron", "selma"};
    static final String[] CITIES = {"Las Vegas", "Las Vegas", "Las Vegas", "Henderson", "Reno", "Boulder City"};
    static final String[] STREETS = {"Paradise Rd", "Desert Inn Rd", "Flamingo Rd", "Sahara Ave", "Maryland Pkwy", "Eastern Ave"};

    final Map<Long, MatchKeys> records = new LinkedHashMap<>();
    /** record pairs of the same person whose second record has the nickname of the first one's given name */
    final List<long[]> nicknameDuplicates = new ArrayList<>();
    /** record pairs of two people of one household: same family name and address, other given name */
    final List<long[]> households = new ArrayList<>();
    private final Random random;

    private SyntheticPopulation(long seed) {
        this.random = new Random(seed);
    }

    static SyntheticPopulation generate(long seed, int people) {
        SyntheticPopulation p = new SyntheticPopulation(seed);
        for (int i = 0; i < people; i++) p.person();
        return p;
    }

    private void person() {
        Map<CanonicalAttribute, String> person = new EnumMap<>(CanonicalAttribute.class);
        boolean nicknamed = random.nextDouble() < 0.3;
        int nick = random.nextInt(NICKNAMED.length / 2) * 2;
        person.put(GIVEN_NAME, nicknamed ? NICKNAMED[nick] : GIVEN[random.nextInt(GIVEN.length)]);
        person.put(FAMILY_NAME, familyName());
        person.put(DATE_OF_BIRTH, date());
        int city = random.nextInt(CITIES.length);
        person.put(CITY, CITIES[city]);
        person.put(POSTCODE, String.valueOf(89100 + city * 10 + random.nextInt(5)));
        person.put(HOUSE_NUMBER, String.valueOf(1 + random.nextInt(3000)));
        person.put(STREET, STREETS[random.nextInt(STREETS.length)]);
        person.put(PHONE, "+1702" + (2000000 + random.nextInt(7999999)));
        person.put(EMAIL, person.get(GIVEN_NAME) + "." + person.get(FAMILY_NAME).toLowerCase() + random.nextInt(100) + "@example.com");
        long first = add(person, 0.1);

        if (random.nextDouble() < 0.35) {
            Map<CanonicalAttribute, String> again = new EnumMap<>(person);
            boolean nicknameDuplicate = nicknamed && random.nextDouble() < 0.6;
            if (nicknameDuplicate) again.put(GIVEN_NAME, NICKNAMED[nick + 1]);
            else if (random.nextDouble() < 0.2) again.put(FAMILY_NAME, typo(person.get(FAMILY_NAME)));
            if (random.nextDouble() < 0.05) again.put(DATE_OF_BIRTH, person.get(DATE_OF_BIRTH).substring(0, 5)
                    + person.get(DATE_OF_BIRTH).substring(8) + "-" + person.get(DATE_OF_BIRTH).substring(5, 7));
            if (random.nextDouble() < 0.3) again.put(EMAIL, null);
            if (random.nextDouble() < 0.2) again.put(PHONE, "+1725" + (2000000 + random.nextInt(7999999)));
            long second = add(again, 0.3);
            if (nicknameDuplicate) nicknameDuplicates.add(new long[]{first, second});
        }
        if (random.nextDouble() < 0.2) {
            Map<CanonicalAttribute, String> partner = new EnumMap<>(person);
            String given;
            do given = GIVEN[random.nextInt(GIVEN.length)]; while (given.equals(person.get(GIVEN_NAME)));
            partner.put(GIVEN_NAME, given);
            partner.put(DATE_OF_BIRTH, date());
            partner.put(EMAIL, given + "." + person.get(FAMILY_NAME).toLowerCase() + "@example.com");
            households.add(new long[]{first, add(partner, 0.1)});
        }
    }

    /** Stores a record, leaving out each of phone, e-mail and birth date with the given chance. */
    private long add(Map<CanonicalAttribute, String> values, double leaveOut) {
        Map<CanonicalAttribute, String> kept = new EnumMap<>(CanonicalAttribute.class);
        values.forEach((k, v) -> {
            if (v == null) return;
            if ((k == PHONE || k == EMAIL || k == DATE_OF_BIRTH) && random.nextDouble() < leaveOut) return;
            kept.put(k, v);
        });
        long id = records.size() + 1L;
        records.put(id, MatchKeys.of(CanonicalRecord.of(kept)));
        return id;
    }

    private String familyName() {
        double r = random.nextDouble();
        if (r < 0.06) return "Smith";
        if (r < 0.10) return "Garcia";
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder name = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            name.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
        }
        name.append(consonants.charAt(random.nextInt(consonants.length())));
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private String typo(String name) {
        int i = 1 + random.nextInt(name.length() - 2);
        return name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2);
    }

    private String date() {
        return String.format("%04d-%02d-%02d", 1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
}
