package org.customerhub.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Demo customers of a Las Vegas resort as its four silos (hotel, spa, retail, casino) would deliver them: the same
 * persons captured several times, each silo with its own columns and formats, with the variations and look-alikes
 * that make matching hard. The ground truth (which record is whom, which records were made to differ and how) is
 * kept so that a benchmark can score a matcher.
 *
 * <p>The same seed always yields the same records: {@link Random} is specified to produce the same sequence on every
 * JVM, and nothing here iterates an unordered collection while drawing from it.
 *
 * <p>Rough shares, each a deliberate feature (constants below): a person is known to one silo (60 %), two (28 %),
 * three (9 %) or four (3 %), which gives about 1.55 records per person, 2,000 records for 1,300 persons once
 * re-registrations are added. 10 % live abroad (Germany, Spain, France, Italy, the UK). Look-alike groups: twins
 * 1 %, spouses 4 %, fathers and sons with the same name 1 %, namesakes sharing a very common name 3 % of persons.
 * Per-record variations are listed, with their shares, in {@link Variation}.
 */
public final class DemoDataGenerator {
    /**
     * Shares of persons known to one, two, three or four silos. Fewer multi-silo persons than 45/35/15/5: those
     * shares give 1.8 records per person, about 2,400 for 1,300 persons instead of the 2,000 the demo is sized for.
     */
    private static final double[] SILO_COUNT_SHARES = {0.60, 0.28, 0.09, 0.03};
    private static final double ABROAD_SHARE = 0.10;
    private static final Weighted<Origin> ABROAD = Weighted.of(
            List.of(Origin.DE, Origin.ES, Origin.FR, Origin.IT, Origin.GB), origin -> origin == Origin.GB ? 1 : 2);

    private static final double TWINS_SHARE = 0.01;
    private static final double SPOUSES_SHARE = 0.04;
    private static final double FATHER_AND_SON_SHARE = 0.01;
    private static final double NAMESAKES_SHARE = 0.03;
    /** A household landline or one mobile for the couple; otherwise each has their own number. */
    private static final double SPOUSES_SHARING_PHONE = 0.4;
    private static final double SPOUSES_SHARING_MAILBOX = 0.2;
    private static final double SON_SHARING_PHONE = 0.3;
    /** The names a front desk sees most, so that namesakes are the realistic kind of stranger. */
    private static final List<String[]> COMMON_FULL_NAMES = List.of(
            new String[] {"John", "Smith", "MALE"}, new String[] {"Maria", "Garcia", "FEMALE"},
            new String[] {"Michael", "Johnson", "MALE"}, new String[] {"James", "Williams", "MALE"},
            new String[] {"Jennifer", "Brown", "FEMALE"}, new String[] {"Robert", "Jones", "MALE"},
            new String[] {"David", "Miller", "MALE"}, new String[] {"Maria", "Rodriguez", "FEMALE"},
            new String[] {"Jose", "Hernandez", "MALE"}, new String[] {"Mary", "Johnson", "FEMALE"});

    /** Share of (person, silo) pairs registered a second time under a new key. */
    private static final double RE_REGISTRATION_SHARE = 0.03;
    /** Shares of all persons; applied only to persons with at least two records, where the change is visible. */
    private static final double MARRIED_SHARE = 0.03;
    private static final double MOVED_SHARE = 0.10;
    /** Of a moved person, how often the move stayed within the same city. */
    private static final double MOVED_LOCALLY = 0.6;

    private static final double NICKNAME_SHARE = 0.15;
    private static final double TYPO_SHARE = 0.10;
    private static final double NAME_ORDER_SWAP_SHARE = 0.02;
    private static final double DATE_OF_BIRTH_SWAP_SHARE = 0.02;
    /** Day and month can only be exchanged when the day is at most 12 and differs from the month. */
    private static final double SWAPPABLE_DATES = 11 / 30.44;
    private static final double PHONE_DIGIT_SHARE = 0.02;
    private static final double STREET_TYPE_SPELLED_OUT_SHARE = 0.10;
    private static final double EMAIL_CASE_SHARE = 0.08;

    private static final double MIDDLE_NAME_US = 0.55;
    /** Europeans rarely have, or give, a middle name at an American front desk. */
    private static final double MIDDLE_NAME_ABROAD = 0.15;
    private static final double SPANISH_SECOND_FAMILY_NAME = 0.4;
    private static final double SECOND_FAMILY_NAME_DROPPED = 0.4;
    private static final double WORK_MAIL = 0.08;

    private static final LocalDate OLDEST = LocalDate.of(1940, 1, 1);
    private static final LocalDate YOUNGEST = LocalDate.of(2005, 12, 31);
    /** Fathers in a father-and-son pair are born early enough for a son born 25 years later to still be an adult. */
    private static final LocalDate YOUNGEST_FATHER = LocalDate.of(1975, 12, 31);

    private final long seed;
    private Random random;
    private Set<String> mailboxes;
    private List<PendingGroup> pendingGroups;
    private Map<String, Integer> personIdsByRecord;
    private Map<String, Set<Variation>> variationsByRecord;
    private List<LookAlikeGroup> lookAlikeGroups;

    public DemoDataGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Exactly {@code people} distinct persons spread over the silos, as records in arrival order: interleaved
     * across silos, a maiden name before the married one, an old address before the new one, a re-registration
     * after the first registration. Each call starts again from the seed and replaces the ground truth.
     */
    public List<DemoRecord> generate(int people) {
        if (people < 1) throw new IllegalArgumentException("people must be at least 1, was " + people);
        random = new Random(seed);
        mailboxes = new HashSet<>();
        pendingGroups = new ArrayList<>();

        List<Person> persons = createPersons(people);
        addLifeEvents(persons, people);
        List<PlannedRecord> planned = planRecords(persons);

        SourceKeys keys = new SourceKeys(random);
        List<DemoRecord> records = new ArrayList<>(planned.size());
        Map<String, Integer> personIds = new LinkedHashMap<>();
        Map<String, Set<Variation>> variations = new LinkedHashMap<>();
        for (PlannedRecord plan : planned) {
            Set<Variation> applied = EnumSet.noneOf(Variation.class);
            Appearance appearance = plan.silo().spellNames(appearanceOf(plan, applied), random, applied);
            String key = keys.next(plan.silo(), plan.arrival());
            DemoRecord record = new DemoRecord(plan.silo().sourceName, key,
                    plan.silo().render(appearance, key, random));
            records.add(record);
            personIds.put(record.recordId(), plan.person().id);
            variations.put(record.recordId(), Collections.unmodifiableSet(applied));
        }
        personIdsByRecord = Collections.unmodifiableMap(personIds);
        variationsByRecord = Collections.unmodifiableMap(variations);
        lookAlikeGroups = pendingGroups.stream()
                .map(group -> new LookAlikeGroup(group.kind(), group.members().stream().map(p -> p.id).toList()))
                .toList();
        return Collections.unmodifiableList(records);
    }

    /** Which person each record of the last {@link #generate} belongs to, keyed "source/sourceKey". */
    public Map<String, Integer> personIdsByRecord() {
        requireGenerated();
        return personIdsByRecord;
    }

    /** The variations deliberately applied to each record of the last {@link #generate}, keyed "source/sourceKey". */
    public Map<String, Set<Variation>> variationsByRecord() {
        requireGenerated();
        return variationsByRecord;
    }

    /** Persons of the last {@link #generate} who must stay apart although their records look alike. */
    public List<LookAlikeGroup> lookAlikeGroups() {
        requireGenerated();
        return lookAlikeGroups;
    }

    public Set<Integer> twinPersonIds() {
        requireGenerated();
        Set<Integer> twins = new LinkedHashSet<>();
        lookAlikeGroups.stream().filter(group -> group.kind() == LookAlikeGroup.Kind.TWINS)
                .forEach(group -> twins.addAll(group.personIds()));
        return Collections.unmodifiableSet(twins);
    }

    private void requireGenerated() {
        if (personIdsByRecord == null) throw new IllegalStateException("generate(people) has not been called yet");
    }

    // ---- persons and households ----

    private List<Person> createPersons(int people) {
        List<Person> persons = new ArrayList<>(people);
        for (long pairs = Math.round(people * TWINS_SHARE / 2); pairs > 0 && persons.size() + 2 <= people; pairs--) {
            persons.addAll(twins());
        }
        for (long pairs = Math.round(people * SPOUSES_SHARE / 2); pairs > 0 && persons.size() + 2 <= people; pairs--) {
            persons.addAll(spouses());
        }
        for (long pairs = Math.round(people * FATHER_AND_SON_SHARE / 2);
             pairs > 0 && persons.size() + 2 <= people; pairs--) {
            persons.addAll(fatherAndSon());
        }
        long namesakesLeft = Math.round(people * NAMESAKES_SHARE);
        while (namesakesLeft >= 2 && persons.size() + 2 <= people) {
            int size = (int) Math.min(Math.min(namesakesLeft, 2 + random.nextInt(3)), people - persons.size());
            persons.addAll(namesakes(size));
            namesakesLeft -= size;
        }
        while (persons.size() < people) {
            Person person = newPerson(randomOrigin(), randomGender());
            chooseSilos(person, null);
            persons.add(person);
        }
        // Household members were created side by side; ids must not give that away.
        Collections.shuffle(persons, random);
        for (int i = 0; i < persons.size(); i++) persons.get(i).id = i + 1;
        return persons;
    }

    private List<Person> twins() {
        Person first = newPerson(Origin.US, randomGender());
        Gender gender = randomGender();
        Person second = newPerson(Origin.US, gender, unrelatedGivenName(first.given, gender), first.family,
                first.dateOfBirth);
        second.address = first.address;
        second.phone = first.phone;
        return group(LookAlikeGroup.Kind.TWINS, first, second);
    }

    private List<Person> spouses() {
        Person husband = newPerson(Origin.US, Gender.MALE);
        LocalDate dateOfBirth;
        do {
            dateOfBirth = husband.dateOfBirth.plusDays(random.nextInt(2 * 12 * 365) - 12 * 365);
        } while (dateOfBirth.isBefore(OLDEST) || dateOfBirth.isAfter(YOUNGEST)
                || dateOfBirth.equals(husband.dateOfBirth));
        String given;
        do {
            given = Vocabulary.of(Origin.US).given(Gender.FEMALE).pick(random);
        } while (Nicknames.related(given, husband.given));
        Person wife = newPerson(Origin.US, Gender.FEMALE, given, husband.family, dateOfBirth);
        wife.address = husband.address;
        wife.phone = random.nextDouble() < SPOUSES_SHARING_PHONE ? husband.phone
                : Origin.US.newPhone(random, wife.address.city());
        if (random.nextDouble() < SPOUSES_SHARING_MAILBOX) wife.email = husband.email;
        return group(LookAlikeGroup.Kind.SPOUSES, husband, wife);
    }

    private List<Person> fatherAndSon() {
        Person father = newPerson(Origin.US, Gender.MALE, null, null, randomDate(OLDEST, YOUNGEST_FATHER));
        LocalDate earliest = father.dateOfBirth.plusYears(25);
        LocalDate latest = father.dateOfBirth.plusYears(40);
        Person son = newPerson(Origin.US, Gender.MALE, father.given, father.family,
                randomDate(earliest, latest.isAfter(YOUNGEST) ? YOUNGEST : latest));
        son.middle = father.middle;
        son.suffix = "Jr.";
        son.address = father.address;
        son.phone = random.nextDouble() < SON_SHARING_PHONE ? father.phone
                : Origin.US.newPhone(random, son.address.city());
        return group(LookAlikeGroup.Kind.FATHER_AND_SON, father, son);
    }

    private List<Person> namesakes(int size) {
        String[] name = COMMON_FULL_NAMES.get(random.nextInt(COMMON_FULL_NAMES.size()));
        List<Person> members = new ArrayList<>();
        Set<LocalDate> datesOfBirth = new HashSet<>();
        while (members.size() < size) {
            Person member = newPerson(Origin.US, Gender.valueOf(name[2]), name[0], name[1],
                    randomDate(OLDEST, YOUNGEST));
            if (datesOfBirth.add(member.dateOfBirth)) members.add(member);
        }
        PendingGroup pending = new PendingGroup(LookAlikeGroup.Kind.NAMESAKES, members);
        pendingGroups.add(pending);
        members.forEach(member -> chooseSilos(member, null));
        return members;
    }

    /** Relatives are made to share a silo: look-alikes that never meet in one silo would only test cross-silo rules. */
    private List<Person> group(LookAlikeGroup.Kind kind, Person first, Person second) {
        first.lookAlike = true;
        second.lookAlike = true;
        pendingGroups.add(new PendingGroup(kind, List.of(first, second)));
        chooseSilos(first, null);
        chooseSilos(second, first);
        return List.of(first, second);
    }

    /** A twin's name shares neither the initial nor a nickname with the sibling's, so it is plainly different. */
    private String unrelatedGivenName(String given, Gender gender) {
        String other;
        do {
            other = Vocabulary.of(Origin.US).given(gender).pick(random);
        } while (other.charAt(0) == given.charAt(0) || Nicknames.related(other, given));
        return other;
    }

    private Person newPerson(Origin origin, Gender gender) {
        return newPerson(origin, gender, null, null, randomDate(OLDEST, YOUNGEST));
    }

    private Person newPerson(Origin origin, Gender gender, String given, String family, LocalDate dateOfBirth) {
        Vocabulary words = Vocabulary.of(origin);
        Person person = new Person(origin, gender);
        person.given = given != null ? given : words.given(gender).pick(random);
        double middleShare = origin == Origin.US ? MIDDLE_NAME_US : MIDDLE_NAME_ABROAD;
        person.middle = random.nextDouble() < middleShare ? otherThan(words.given(gender), person.given) : null;
        person.family = family != null ? family : words.family().pick(random);
        if (family == null && origin == Origin.ES && random.nextDouble() < SPANISH_SECOND_FAMILY_NAME) {
            person.family += " " + otherThan(words.family(), person.family);
        }
        person.dateOfBirth = dateOfBirth;
        person.address = newAddress(origin, words.cities().pick(random));
        person.phone = origin.newPhone(random, person.address.city());
        person.email = newMailbox(person.given, person.family, dateOfBirth, origin);
        return person;
    }

    private Address newAddress(Origin origin, City city) {
        int houseNumber = origin == Origin.US
                ? random.nextDouble() < 0.7 ? 1000 + random.nextInt(9000) : 100 + random.nextInt(900)
                : 1 + random.nextInt(120);
        String street = Vocabulary.of(origin).streets().pick(random);
        return new Address(String.valueOf(houseNumber), street, city, city.postcode(random), origin);
    }

    /** Mail addresses are derived from the name the way people pick them, and are unique like real mailboxes. */
    private String newMailbox(String given, String family, LocalDate dateOfBirth, Origin origin) {
        String first = Spelling.mailSafe(given);
        String last = Spelling.mailSafe(family);
        String year = String.format("%02d", dateOfBirth.getYear() % 100);
        String local = switch (random.nextInt(20)) {
            case 0, 1, 2, 3, 4, 5, 6 -> first + "." + last;
            case 7, 8, 9 -> first + last;
            case 10, 11, 12 -> first.charAt(0) + last;
            case 13, 14 -> first + "." + last + year;
            case 15 -> first + year;
            case 16 -> first + "_" + last;
            case 17 -> last + first.charAt(0);
            default -> first + "." + last + (100 + random.nextInt(900));
        };
        String domain = random.nextDouble() < WORK_MAIL
                ? Vocabulary.WORK_MAIL_DOMAINS.get(random.nextInt(Vocabulary.WORK_MAIL_DOMAINS.size()))
                : Vocabulary.of(origin).mailDomains().pick(random);
        String mailbox = local + "@" + domain;
        while (!mailboxes.add(mailbox)) {
            local += random.nextInt(10);
            mailbox = local + "@" + domain;
        }
        return mailbox;
    }

    private void chooseSilos(Person person, Person relative) {
        int count = 1;
        for (double draw = random.nextDouble(); count < SILO_COUNT_SHARES.length; count++) {
            draw -= SILO_COUNT_SHARES[count - 1];
            if (draw < 0) break;
        }
        boolean abroad = person.origin != Origin.US;
        List<Silo> remaining = new ArrayList<>(List.of(Silo.values()));
        List<Silo> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            Silo silo = Weighted.of(remaining, s -> abroad ? s.abroadWeight : s.usWeight).pick(random);
            remaining.remove(silo);
            chosen.add(silo);
        }
        if (relative != null && Collections.disjoint(chosen, relative.recordSilos)) {
            chosen.set(random.nextInt(chosen.size()),
                    relative.recordSilos.get(random.nextInt(relative.recordSilos.size())));
        }
        person.recordSilos.addAll(chosen);
        for (Silo silo : chosen) {
            if (random.nextDouble() < RE_REGISTRATION_SHARE) person.recordSilos.add(silo);
        }
    }

    // ---- life events and record planning ----

    private void addLifeEvents(List<Person> persons, int people) {
        List<Person> visible = persons.stream().filter(p -> !p.lookAlike && p.recordSilos.size() >= 2).toList();

        List<Person> brides = new ArrayList<>(visible.stream().filter(p -> p.gender == Gender.FEMALE).toList());
        Collections.shuffle(brides, random);
        for (Person bride : brides.subList(0, (int) Math.min(brides.size(), Math.round(people * MARRIED_SHARE)))) {
            Vocabulary words = Vocabulary.of(bride.origin);
            bride.maidenName = otherThan(words.family(), bride.family);
            bride.maidenEmail = newMailbox(bride.given, bride.maidenName, bride.dateOfBirth, bride.origin);
        }

        List<Person> movers = new ArrayList<>(visible);
        Collections.shuffle(movers, random);
        for (Person mover : movers.subList(0, (int) Math.min(movers.size(), Math.round(people * MOVED_SHARE)))) {
            City city = random.nextDouble() < MOVED_LOCALLY ? mover.address.city()
                    : Vocabulary.of(mover.origin).cities().pick(random);
            mover.formerAddress = newAddress(mover.origin, city);
        }
    }

    /**
     * A person's records get increasing arrival times in the order of {@link Person#recordSilos}, which lists
     * re-registrations last; the earliest ones predate the wedding or the move.
     */
    private List<PlannedRecord> planRecords(List<Person> persons) {
        List<PlannedRecord> planned = new ArrayList<>();
        for (Person person : persons) {
            int count = person.recordSilos.size();
            double[] arrivals = random.doubles(count).sorted().toArray();
            int beforeWedding = person.maidenName == null ? 0 : 1 + random.nextInt(count - 1);
            int beforeMove = person.formerAddress == null ? 0 : 1 + random.nextInt(count - 1);
            Set<Silo> registered = EnumSet.noneOf(Silo.class);
            for (int i = 0; i < count; i++) {
                Silo silo = person.recordSilos.get(i);
                planned.add(new PlannedRecord(person, silo, arrivals[i], !registered.add(silo), i < beforeWedding,
                        i < beforeMove));
            }
        }
        planned.sort(Comparator.comparingDouble(PlannedRecord::arrival));
        return planned;
    }

    private Appearance appearanceOf(PlannedRecord plan, Set<Variation> applied) {
        Person person = plan.person();
        String given = person.given;
        String family = person.family;
        String email = person.email;
        Address address = person.address;
        LocalDate dateOfBirth = person.dateOfBirth;
        Phone phone = person.phone;
        if (plan.reRegistration()) applied.add(Variation.RE_REGISTRATION);
        if (plan.beforeWedding()) {
            family = person.maidenName;
            email = person.maidenEmail;
            applied.add(Variation.MAIDEN_NAME);
        }
        if (plan.beforeMove()) {
            address = person.formerAddress;
            applied.add(Variation.FORMER_ADDRESS);
        }
        if (person.origin == Origin.ES && family.contains(" ") && random.nextDouble() < SECOND_FAMILY_NAME_DROPPED) {
            family = family.substring(0, family.indexOf(' '));
            applied.add(Variation.SECOND_FAMILY_NAME_DROPPED);
        }
        List<String> nicknames = Nicknames.of(given);
        if (!nicknames.isEmpty() && random.nextDouble() < NICKNAME_SHARE) {
            given = nicknames.get(random.nextInt(nicknames.size()));
            applied.add(Variation.NICKNAME);
        }
        if (random.nextDouble() < TYPO_SHARE) {
            boolean inGiven = random.nextBoolean();
            String mistyped = Spelling.withTypo(inGiven ? given : family, random);
            if (!mistyped.equals(inGiven ? given : family)) applied.add(Variation.TYPO);
            if (inGiven) given = mistyped;
            else family = mistyped;
        }
        if (random.nextDouble() < NAME_ORDER_SWAP_SHARE) {
            String formerGiven = given;
            given = family;
            family = formerGiven;
            applied.add(Variation.NAME_ORDER_SWAPPED);
        }
        int day = dateOfBirth.getDayOfMonth();
        int month = dateOfBirth.getMonthValue();
        if (!person.lookAlike && day <= 12 && day != month
                && random.nextDouble() < DATE_OF_BIRTH_SWAP_SHARE / SWAPPABLE_DATES) {
            dateOfBirth = LocalDate.of(dateOfBirth.getYear(), day, month);
            applied.add(Variation.DATE_OF_BIRTH_DAY_MONTH_SWAPPED);
        }
        if (!person.lookAlike && random.nextDouble() < PHONE_DIGIT_SHARE) {
            phone = phone.withOneDigitWrong(random);
            applied.add(Variation.PHONE_DIGIT_WRONG);
        }
        if (address.hasAbbreviatedStreetType() && random.nextDouble() < STREET_TYPE_SPELLED_OUT_SHARE) {
            address = address.withStreetTypeSpelledOut();
            applied.add(Variation.STREET_TYPE_SPELLED_OUT);
        }
        if (random.nextDouble() < EMAIL_CASE_SHARE) {
            email = random.nextBoolean() ? email.toUpperCase(Locale.ROOT) : capitalized(email);
            applied.add(Variation.EMAIL_CASE_CHANGED);
        }
        return new Appearance(given, person.middle, family, person.suffix, dateOfBirth, address, phone, email,
                person.gender, person.origin);
    }

    /** "anna.mueller@gmail.com" -> "Anna.Mueller@Gmail.com", as some mail clients auto-capitalise. */
    private static String capitalized(String email) {
        StringBuilder out = new StringBuilder(email.length());
        boolean startOfWord = true;
        for (char c : email.toCharArray()) {
            out.append(startOfWord ? Character.toUpperCase(c) : c);
            startOfWord = c == '.' || c == '_' || c == '@';
        }
        return out.toString();
    }

    // ---- small draws ----

    private Origin randomOrigin() {
        return random.nextDouble() < ABROAD_SHARE ? ABROAD.pick(random) : Origin.US;
    }

    private Gender randomGender() {
        return random.nextBoolean() ? Gender.FEMALE : Gender.MALE;
    }

    private LocalDate randomDate(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }

    private String otherThan(Weighted<String> names, String name) {
        String other;
        do {
            other = names.pick(random);
        } while (other.equals(name));
        return other;
    }

    private record PendingGroup(LookAlikeGroup.Kind kind, List<Person> members) {
    }

    private record PlannedRecord(Person person, Silo silo, double arrival, boolean reRegistration,
                                 boolean beforeWedding, boolean beforeMove) {
    }
}
