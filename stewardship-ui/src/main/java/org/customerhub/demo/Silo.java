package org.customerhub.demo;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The resort's four customer silos, each with its own columns, formats and blind spots. The shares passed to
 * {@link Row#captured} are how often a silo has a value; the rest is missing.
 */
enum Silo {
    /**
     * Hotel PMS: the front desk types names as "Family, Given M.", sometimes with caps lock on, and spells umlauts
     * either way. Exports every column, empty when unknown.
     */
    HOTEL("hotel", false, 0.34, 0.55, new AccentHabit(0.5, 0.3)) {
        @Override
        Map<String, Object> render(Appearance a, String key, Random random) {
            Row row = newRow(random);
            String middle = a.middle() != null && row.captured(0.7) ? " " + initial(a.middle()) + "." : "";
            String givenPart = a.given() + middle;
            String name = familyWithSuffix(a, row) + ", " + givenPart;
            Address address = row.captured(0.96) ? a.address() : null;
            return row.put("PROFILE_ID", key)
                    .put("GUEST_NAME", row.captured(0.15) ? name.toUpperCase(Locale.ROOT) : name)
                    .put("DOB", row.captured(0.92) ? US_DATE.format(a.dateOfBirth()) : null)
                    .put("ADDR_LINE1", address == null ? null : address.line1())
                    .put("CITY", address == null ? null : address.city().name())
                    .put("STATE", address == null ? null : address.city().state())
                    .put("ZIP", address == null ? null : address.postcode())
                    .put("COUNTRY", a.origin().iso2)
                    .put("PHONE", row.captured(0.9) ? bracketed(a.phone()) : null)
                    .put("EMAIL", row.captured(0.88) ? a.email() : null)
                    .put("VIP_CODE", VIP_CODES.pick(random))
                    .columns();
        }
    },
    /** Spa booking: an online form, so accents survive; no middle name field; email optional. Omits empty keys. */
    SPA("spa", true, 0.14, 0.15, new AccentHabit(0.8, 0.1)) {
        @Override
        Map<String, Object> render(Appearance a, String key, Random random) {
            Row row = newRow(random);
            Phone phone = a.phone();
            String mobile = !phone.northAmerican() ? phone.spacedInternational()
                    : row.captured(0.5) ? "+1 " + phone.area() + "-" + phone.exchange() + "-" + phone.line()
                    : phone.area() + "." + phone.exchange() + "." + phone.line();
            boolean street = row.captured(0.85);
            boolean town = row.captured(0.9);
            return row.put("client_no", key)
                    .put("first_name", a.given())
                    .put("last_name", familyWithSuffix(a, row))
                    .put("birthday", row.captured(0.85) ? ISO_DATE.format(a.dateOfBirth()) : null)
                    .put("mobile", row.captured(0.95) ? mobile : null)
                    .put("e_mail", row.captured(0.7) ? a.email() : null)
                    .put("street", street ? a.address().street() : null)
                    .put("house_no", street ? a.address().houseNumber() : null)
                    .put("postal_code", town ? a.address().postcode() : null)
                    .put("town", town ? a.address().city().name() : null)
                    .put("gender", row.captured(0.9) ? a.gender().name().toLowerCase(Locale.ROOT) : null)
                    .columns();
        }
    },
    /**
     * Retail POS loyalty: signed up at the till in a hurry, so only a name, a ZIP and a contact; the date of birth
     * only when the guest wanted the birthday voucher. The till keyboard has no accents. Omits empty keys.
     */
    RETAIL("retail", true, 0.22, 0.10, new AccentHabit(0.4, 0.5)) {
        @Override
        Map<String, Object> render(Appearance a, String key, Random random) {
            Row row = newRow(random);
            String middle = a.middle() != null && row.captured(0.45) ? initial(a.middle()) + " " : "";
            String name = a.given() + " " + middle + familyWithSuffix(a, row);
            Phone phone = a.phone();
            return row.put("LoyaltyCardNumber", key)
                    .put("FullName", row.captured(0.1) ? name.toUpperCase(Locale.ROOT) : name)
                    .put("DateOfBirth", row.captured(0.4) ? RETAIL_DATE.format(a.dateOfBirth()) : null)
                    .put("Phone", row.captured(0.85) ? phone.northAmerican() ? phone.national() : phone.e164() : null)
                    .put("Email", row.captured(0.75) ? a.email() : null)
                    .put("Zip", row.captured(0.9) ? a.address().postcode() : null)
                    .put("StoreId", "S" + (1 + random.nextInt(24)))
                    .columns();
        }
    },
    /**
     * Casino loyalty: IDs are checked at the cage, so the date of birth is nearly always there; the mainframe is
     * ASCII and upper-cases addresses. Exports every column, empty when unknown.
     */
    CASINO("casino", false, 0.30, 0.20, new AccentHabit(0.0, 0.75)) {
        @Override
        Map<String, Object> render(Appearance a, String key, Random random) {
            Row row = newRow(random);
            String middle = a.middle() == null ? null
                    : row.captured(0.55) ? initial(a.middle())
                    : row.captured(0.35) ? Spelling.stripAccents(a.middle()) : null;
            Address address = row.captured(0.97) ? a.address() : null;
            Phone phone = a.phone();
            return row.put("player_id", key)
                    .put("fname", a.given())
                    .put("mname", middle)
                    .put("lname", familyWithSuffix(a, row).replace("Jr.", "Jr"))
                    .put("dob", row.captured(0.99) ? COMPACT_DATE.format(a.dateOfBirth()) : null)
                    .put("addr", address == null ? null
                            : Spelling.stripAccents(address.line1()).toUpperCase(Locale.ROOT))
                    .put("city", address == null ? null : Spelling.stripAccents(address.city().name()))
                    .put("st", address == null ? null : address.city().state())
                    .put("zip5", address == null || !address.postcode().matches("\\d{5}") ? null : address.postcode())
                    .put("cell", row.captured(0.9) ? phone.northAmerican()
                            ? phone.area() + "-" + phone.exchange() + "-" + phone.line()
                            : phone.spacedInternational() : null)
                    .put("email_addr", row.captured(0.75) ? a.email() : null)
                    .put("tier", TIERS.pick(random))
                    .columns();
        }
    };

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ENGLISH);
    private static final DateTimeFormatter RETAIL_DATE = DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ENGLISH);
    private static final Weighted<String> VIP_CODES = Weighted.of(List.of("", "GOLD", "PLAT"),
            code -> code.isEmpty() ? 85 : code.equals("GOLD") ? 10 : 5);
    private static final Weighted<String> TIERS = Weighted.of(List.of("BRONZE", "SILVER", "GOLD",
            "PLATINUM"), tier -> switch (tier) {
                case "BRONZE" -> 55;
                case "SILVER" -> 25;
                case "GOLD" -> 14;
                default -> 6;
            });
    /** How often a son's records show "Jr.": often enough to help, rarely enough to be unreliable. */
    private static final double SUFFIX_SHOWN = 0.6;

    final String sourceName;
    private final boolean dropsMissingKeys;
    /** How likely a person with a home in the US, and one from abroad, is to be known to this silo. */
    final double usWeight;
    final double abroadWeight;
    private final AccentHabit accents;

    Silo(String sourceName, boolean dropsMissingKeys, double usWeight, double abroadWeight, AccentHabit accents) {
        this.sourceName = sourceName;
        this.dropsMissingKeys = dropsMissingKeys;
        this.usWeight = usWeight;
        this.abroadWeight = abroadWeight;
        this.accents = accents;
    }

    abstract Map<String, Object> render(Appearance appearance, String key, Random random);

    /**
     * Applies this silo's handling of accented letters to the names; a name is kept, stripped ("Muller") or
     * transliterated ("Mueller") with the silo's shares, and the change is noted as a variation.
     */
    Appearance spellNames(Appearance a, Random random, Set<Variation> variations) {
        double draw = random.nextDouble();
        if (draw < accents.keep()) return a;
        boolean strip = draw < accents.keep() + accents.strip();
        String given = respell(a.given(), strip);
        String middle = a.middle() == null ? null : respell(a.middle(), strip);
        String family = respell(a.family(), strip);
        if (!given.equals(a.given()) || !family.equals(a.family())) variations.add(Variation.ACCENTS_CHANGED);
        return new Appearance(given, middle, family, a.suffix(), a.dateOfBirth(), a.address(), a.phone(), a.email(),
                a.gender(), a.origin());
    }

    Row newRow(Random random) {
        return new Row(random, dropsMissingKeys);
    }

    private static String respell(String name, boolean strip) {
        return strip ? Spelling.stripAccents(name) : Spelling.transliterate(name);
    }

    private static String initial(String middle) {
        return middle.substring(0, 1);
    }

    private static String familyWithSuffix(Appearance a, Row row) {
        return a.suffix().isEmpty() || !row.captured(SUFFIX_SHOWN) ? a.family() : a.family() + " " + a.suffix();
    }

    private static String bracketed(Phone phone) {
        return phone.northAmerican() ? "(" + phone.area() + ") " + phone.exchange() + "-" + phone.line()
                : phone.spacedInternational();
    }

    /** Shares of records whose accented names are kept as typed or stripped; the rest are transliterated. */
    private record AccentHabit(double keep, double strip) {
    }
}
