package org.customerhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {
    private static final long SEED = 20240611L;
    private static final int PEOPLE = 1300;

    /** The silos' columns as the field mappings expect them; written out here, not taken from the generator. */
    private static final Map<String, List<String>> COLUMNS = Map.of(
            "hotel", List.of("PROFILE_ID", "GUEST_NAME", "DOB", "ADDR_LINE1", "CITY", "STATE", "ZIP", "COUNTRY",
                    "PHONE", "EMAIL", "VIP_CODE"),
            "spa", List.of("client_no", "first_name", "last_name", "birthday", "mobile", "e_mail", "street",
                    "house_no", "postal_code", "town", "gender"),
            "retail", List.of("LoyaltyCardNumber", "FullName", "DateOfBirth", "Phone", "Email", "Zip", "StoreId"),
            "casino", List.of("player_id", "fname", "mname", "lname", "dob", "addr", "city", "st", "zip5", "cell",
                    "email_addr", "tier"));
    private static final Map<String, String> KEY_COLUMN = Map.of(
            "hotel", "PROFILE_ID", "spa", "client_no", "retail", "LoyaltyCardNumber", "casino", "player_id");
    private static final Map<String, String> KEY_PATTERN = Map.of(
            "hotel", "HP-\\d{7}", "spa", "SPA/20\\d\\d/\\d{4}", "retail", "\\d{4} \\d{4} \\d{4}", "casino", "PL\\d{8}");
    private static final Map<String, String> DATE_COLUMN = Map.of(
            "hotel", "DOB", "spa", "birthday", "retail", "DateOfBirth", "casino", "dob");
    private static final Map<String, DateTimeFormatter> DATE_FORMAT = Map.of(
            "hotel", strict("MM/dd/uuuu"), "spa", strict("uuuu-MM-dd"), "retail", strict("dd-MMM-uuuu"),
            "casino", strict("uuuuMMdd"));
    private static final Map<String, String> PHONE_COLUMN = Map.of(
            "hotel", "PHONE", "spa", "mobile", "retail", "Phone", "casino", "cell");
    /** US numbers as each silo prints them (exchange starting 2-9); anything from abroad in "+" form. */
    private static final Map<String, String> PHONE_PATTERN = Map.of(
            "hotel", "\\([2-9]\\d\\d\\) [2-9]\\d\\d-\\d{4}|\\+[2-9]\\d[\\d ]+",
            "spa", "\\+1 [2-9]\\d\\d-[2-9]\\d\\d-\\d{4}|[2-9]\\d\\d\\.[2-9]\\d\\d\\.\\d{4}|\\+[2-9]\\d[\\d ]+",
            "retail", "[2-9]\\d\\d[2-9]\\d{6}|\\+[2-9]\\d{9,12}",
            "casino", "[2-9]\\d\\d-[2-9]\\d\\d-\\d{4}|\\+[2-9]\\d[\\d ]+");
    private static final Map<String, String> POSTCODE_COLUMN = Map.of(
            "hotel", "ZIP", "spa", "postal_code", "retail", "Zip", "casino", "zip5");

    private static DemoDataGenerator generator;
    private static List<DemoRecord> records;

    @BeforeAll
    static void generateOnce() {
        generator = new DemoDataGenerator(SEED);
        records = generator.generate(PEOPLE);
    }

    @Test
    void thirteenHundredPeopleYieldAboutTwoThousandRecords() {
        assertThat(records).hasSizeBetween(1_800, 2_300);
        assertThat(generator.personIdsByRecord()).hasSameSizeAs(records);
        assertThat(Set.copyOf(generator.personIdsByRecord().values())).hasSize(PEOPLE);
        assertThat(records).allSatisfy(r -> assertThat(generator.personIdsByRecord()).containsKey(r.recordId()));
    }

    @Test
    void theSameSeedGivesTheSameRecordsAndTheSameTruth() {
        DemoDataGenerator again = new DemoDataGenerator(SEED);

        assertThat(again.generate(PEOPLE)).isEqualTo(records);
        assertThat(again.personIdsByRecord()).isEqualTo(generator.personIdsByRecord());
        assertThat(again.variationsByRecord()).isEqualTo(generator.variationsByRecord());
        assertThat(again.lookAlikeGroups()).isEqualTo(generator.lookAlikeGroups());
        assertThat(again.generate(PEOPLE)).as("a second call starts from the seed again").isEqualTo(records);
    }

    @Test
    void anotherSeedGivesOtherRecords() {
        assertThat(new DemoDataGenerator(SEED + 1).generate(PEOPLE)).isNotEqualTo(records);
    }

    @Test
    void everyRecordUsesOnlyItsSilosColumnsAndCarriesItsKeyAndName() {
        assertThat(records).extracting(DemoRecord::source).containsOnly("hotel", "spa", "retail", "casino");
        assertThat(records).allSatisfy(r -> {
            assertThat(COLUMNS.get(r.source())).containsAll(r.fields().keySet());
            assertThat(r.fields().get(KEY_COLUMN.get(r.source()))).isEqualTo(r.sourceKey());
            assertThat(givenName(r)).isNotBlank();
        });
    }

    @Test
    void sourceKeysAreUniquePerSourceAndFollowTheSilosNumbering() {
        Map<String, List<String>> keysBySource = records.stream().collect(Collectors.groupingBy(
                DemoRecord::source, Collectors.mapping(DemoRecord::sourceKey, Collectors.toList())));

        assertThat(keysBySource).containsOnlyKeys(COLUMNS.keySet());
        keysBySource.forEach((source, keys) -> {
            assertThat(keys).as(source).doesNotHaveDuplicates();
            assertThat(keys).as(source).allMatch(key -> key.matches(KEY_PATTERN.get(source)));
        });
    }

    @Test
    void datesOfBirthParseWithEachSilosPatternAndLieBetween1940And2005() {
        Map<String, Integer> parsed = new HashMap<>();
        for (DemoRecord r : records) {
            String text = text(r, DATE_COLUMN.get(r.source()));
            if (text.isEmpty()) continue;
            LocalDate date = LocalDate.parse(text, DATE_FORMAT.get(r.source()));
            assertThat(date.getYear()).as(r.recordId()).isBetween(1940, 2005);
            parsed.merge(r.source(), 1, Integer::sum);
        }
        assertThat(parsed).containsOnlyKeys(COLUMNS.keySet());
    }

    @Test
    void retailKnowsTheDateOfBirthOfOnlyAboutFortyPercent() {
        List<DemoRecord> retail = records.stream().filter(r -> r.source().equals("retail")).toList();
        long withDate = retail.stream().filter(r -> !text(r, "DateOfBirth").isEmpty()).count();

        assertThat((double) withDate / retail.size()).isBetween(0.30, 0.50);
    }

    @Test
    void phonesAreWrittenTheWayEachSiloWritesThemAndAreValidNumbers() throws NumberParseException {
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        int checked = 0;
        for (DemoRecord r : records) {
            String phone = text(r, PHONE_COLUMN.get(r.source()));
            if (phone.isEmpty()) continue;
            assertThat(phone).as(r.recordId()).matches(PHONE_PATTERN.get(r.source()));
            assertThat(phones.isValidNumber(phones.parse(phone, "US"))).as(phone).isTrue();
            checked++;
        }
        assertThat(checked).isGreaterThan(records.size() / 2);
    }

    @Test
    void aboutFortyPercentOfPersonsAreKnownToSeveralSilos() {
        Map<Integer, Set<String>> silosByPerson = silosByPerson();
        Map<Integer, Long> personsBySiloCount = silosByPerson.values().stream()
                .collect(Collectors.groupingBy(Set::size, Collectors.counting()));

        assertThat(personsBySiloCount).containsOnlyKeys(1, 2, 3, 4);
        assertThat(share(personsBySiloCount.get(1))).isBetween(0.53, 0.67);
        assertThat(share(personsBySiloCount.get(2))).isBetween(0.22, 0.34);
        assertThat(share(personsBySiloCount.get(3) + personsBySiloCount.get(4))).isBetween(0.08, 0.17);
    }

    @Test
    void aReRegistrationIsALaterSecondRecordOfThePersonInTheSameSilo() {
        List<String> ids = records.stream().map(DemoRecord::recordId).toList();
        List<DemoRecord> reRegistrations = withVariation(Variation.RE_REGISTRATION);

        assertThat((double) reRegistrations.size() / records.size()).isBetween(0.015, 0.05);
        for (DemoRecord again : reRegistrations) {
            int person = personOf(again);
            assertThat(records.subList(0, ids.indexOf(again.recordId())))
                    .as(again.recordId())
                    .anyMatch(earlier -> earlier.source().equals(again.source()) && personOf(earlier) == person);
        }
    }

    @Test
    void twinsShareAddressPhoneAndBirthdayButNotTheirGivenNames() {
        List<LookAlikeGroup> twins = generator.lookAlikeGroups().stream()
                .filter(group -> group.kind() == LookAlikeGroup.Kind.TWINS).toList();
        assertThat(twins).hasSizeGreaterThanOrEqualTo(5).allMatch(pair -> pair.personIds().size() == 2);
        assertThat(generator.twinPersonIds()).hasSize(2 * twins.size());

        int comparedPhones = 0;
        int comparedPostcodes = 0;
        for (LookAlikeGroup pair : twins) {
            List<DemoRecord> first = recordsOf(pair.personIds().get(0));
            List<DemoRecord> second = recordsOf(pair.personIds().get(1));
            boolean metInOneSilo = false;
            for (DemoRecord a : first) {
                for (DemoRecord b : second) {
                    if (!a.source().equals(b.source())) continue;
                    metInOneSilo = true;
                    if (!swapped(a) && !swapped(b)) {
                        assertThat(givenName(a)).isNotEqualToIgnoringCase(givenName(b));
                    }
                    String phoneA = phoneDigits(a);
                    String phoneB = phoneDigits(b);
                    if (!phoneA.isEmpty() && !phoneB.isEmpty()) {
                        assertThat(phoneA).as(a.recordId() + " vs " + b.recordId()).isEqualTo(phoneB);
                        comparedPhones++;
                    }
                    String postcodeA = text(a, POSTCODE_COLUMN.get(a.source()));
                    String postcodeB = text(b, POSTCODE_COLUMN.get(b.source()));
                    if (!postcodeA.isEmpty() && !postcodeB.isEmpty()) {
                        assertThat(postcodeA).as(a.recordId() + " vs " + b.recordId()).isEqualTo(postcodeB);
                        comparedPostcodes++;
                    }
                }
            }
            assertThat(metInOneSilo).as("twins %s appear in a common silo", pair.personIds()).isTrue();
            Set<LocalDate> birthdays = datesOfBirth(first);
            birthdays.addAll(datesOfBirth(second));
            assertThat(birthdays).as("twins %s were born on one day", pair.personIds()).hasSizeLessThanOrEqualTo(1);
        }
        assertThat(comparedPhones).isPositive();
        assertThat(comparedPostcodes).isPositive();
    }

    @Test
    void aSonWithHisFathersNameIsAtLeastTwentyFiveYearsYounger() {
        List<LookAlikeGroup> pairs = generator.lookAlikeGroups().stream()
                .filter(group -> group.kind() == LookAlikeGroup.Kind.FATHER_AND_SON).toList();
        assertThat(pairs).isNotEmpty();

        int compared = 0;
        for (LookAlikeGroup pair : pairs) {
            Set<LocalDate> father = datesOfBirth(recordsOf(pair.personIds().get(0)));
            Set<LocalDate> son = datesOfBirth(recordsOf(pair.personIds().get(1)));
            for (LocalDate f : father) {
                for (LocalDate s : son) {
                    assertThat(Period.between(f, s).getYears()).isBetween(25, 40);
                    compared++;
                }
            }
        }
        assertThat(compared).isPositive();
        assertThat(records).anyMatch(r -> r.fields().values().stream().anyMatch(v -> v.toString().contains("Jr")));
    }

    @Test
    void aboutOneGuestInTenComesFromAbroadWithAccentsAndForeignNumbers() {
        List<DemoRecord> hotel = records.stream().filter(r -> r.source().equals("hotel")).toList();
        long abroad = hotel.stream().filter(r -> !text(r, "COUNTRY").equals("US")).count();

        assertThat((double) abroad / hotel.size()).isBetween(0.07, 0.25);
        assertThat(records).anyMatch(r -> givenName(r).chars().anyMatch(c -> c > 127));
        assertThat(records).anyMatch(r -> phoneText(r).startsWith("+49"));
        assertThat(records).anyMatch(r -> phoneText(r).startsWith("+44"));
    }

    @Test
    void recordsArriveInterleavedAndAMaidenNameNeverAfterTheMarriedOne() {
        assertThat(records.subList(0, 40)).extracting(DemoRecord::source)
                .contains("hotel", "spa", "retail", "casino");

        List<DemoRecord> maiden = withVariation(Variation.MAIDEN_NAME);
        assertThat(maiden).isNotEmpty();
        for (int person : maiden.stream().map(this::personOf).collect(Collectors.toSet())) {
            List<Boolean> maidenInArrivalOrder = recordsOf(person).stream()
                    .map(r -> generator.variationsByRecord().get(r.recordId()).contains(Variation.MAIDEN_NAME))
                    .toList();
            assertThat(maidenInArrivalOrder).as("person %d", person)
                    .startsWith(true).endsWith(false)
                    .isSortedAccordingTo((a, b) -> Boolean.compare(b, a));
        }
    }

    @Test
    void nameAndDataEntryVariationsComeInTheirDocumentedShares() {
        assertThat(variationShare(Variation.TYPO)).isBetween(0.07, 0.13);
        assertThat(variationShare(Variation.NAME_ORDER_SWAPPED)).isBetween(0.01, 0.035);
        assertThat(variationShare(Variation.DATE_OF_BIRTH_DAY_MONTH_SWAPPED)).isBetween(0.01, 0.035);
        assertThat(variationShare(Variation.PHONE_DIGIT_WRONG)).isBetween(0.01, 0.035);
        assertThat(withVariation(Variation.NICKNAME)).isNotEmpty();
        assertThat(withVariation(Variation.ACCENTS_CHANGED)).isNotEmpty();
        assertThat(withVariation(Variation.FORMER_ADDRESS)).isNotEmpty();
    }

    // ---- reading the silos' columns ----

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    private static String text(DemoRecord r, String column) {
        Object value = r.fields().get(column);
        return value == null ? "" : value.toString();
    }

    private static String givenName(DemoRecord r) {
        return switch (r.source()) {
            case "hotel" -> {
                String name = text(r, "GUEST_NAME");
                yield name.substring(name.indexOf(", ") + 2).split(" ")[0];
            }
            case "spa" -> text(r, "first_name");
            case "retail" -> text(r, "FullName").split(" ")[0];
            default -> text(r, "fname");
        };
    }

    private static String phoneText(DemoRecord r) {
        return text(r, PHONE_COLUMN.get(r.source()));
    }

    /** Digits of a US number without the country code, so "+1 702-..." and "(702) ..." compare equal. */
    private static String phoneDigits(DemoRecord r) {
        String digits = phoneText(r).replaceAll("\\D", "");
        return digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
    }

    private static Set<LocalDate> datesOfBirth(List<DemoRecord> recordsOfOnePerson) {
        Set<LocalDate> dates = new HashSet<>();
        for (DemoRecord r : recordsOfOnePerson) {
            String text = text(r, DATE_COLUMN.get(r.source()));
            if (!text.isEmpty()) dates.add(LocalDate.parse(text, DATE_FORMAT.get(r.source())));
        }
        return dates;
    }

    // ---- reading the ground truth ----

    private int personOf(DemoRecord r) {
        return generator.personIdsByRecord().get(r.recordId());
    }

    private List<DemoRecord> recordsOf(int person) {
        return records.stream().filter(r -> personOf(r) == person).toList();
    }

    private boolean swapped(DemoRecord r) {
        return generator.variationsByRecord().get(r.recordId()).contains(Variation.NAME_ORDER_SWAPPED);
    }

    private List<DemoRecord> withVariation(Variation variation) {
        Predicate<DemoRecord> applied = r -> generator.variationsByRecord().get(r.recordId()).contains(variation);
        return records.stream().filter(applied).toList();
    }

    private double variationShare(Variation variation) {
        return (double) withVariation(variation).size() / records.size();
    }

    private Map<Integer, Set<String>> silosByPerson() {
        Map<Integer, Set<String>> silos = new HashMap<>();
        for (DemoRecord r : records) silos.computeIfAbsent(personOf(r), id -> new HashSet<>()).add(r.source());
        return silos;
    }

    private static double share(long persons) {
        return (double) persons / PEOPLE;
    }
}
