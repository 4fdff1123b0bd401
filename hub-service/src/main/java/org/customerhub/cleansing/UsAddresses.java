package org.customerhub.cleansing;

import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.standardize.ProperCase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.customerhub.customer.CanonicalAttribute.*;

/**
 * Parses and standardises a US address with the rules of USPS Publication 28: street suffixes and directionals
 * abbreviated, punctuation removed, unit designators standardised and moved out of the street line, ZIP and ZIP+4
 * formatted, states as their two-letter code, ZIP and state checked against each other. Values keep the hub's
 * display casing ("N Desert Inn Rd", "Apt 5B"), not the all-capitals of a mail piece.
 *
 * <p>Without the USPS address database, "verified" here means: parsed completely and consistent with these
 * tables. The level therefore stops at 4 (premise): no delivery point is confirmed.
 */
final class UsAddresses {
    private static final UspsReference USPS = UspsReference.INSTANCE;
    private static final Pattern HOUSE_NUMBER_FORM = Pattern.compile("\\d+[A-Z]?(-\\d+[A-Z]?)?( 1/2)?");
    private static final Pattern LEADING_HOUSE_NUMBER = Pattern.compile("\\d+[A-Z]?(-\\d+[A-Z]?)?");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private UsAddresses() {
    }

    static List<FieldResult> cleanse(CleansingRequest request) {
        Map<CanonicalAttribute, String> in = request.values();
        String country = in.get(COUNTRY);
        Optional<UspsReference.State> state = Optional.ofNullable(in.get(REGION)).flatMap(USPS::state);
        boolean looksUs = country == null ? state.isPresent() || zipDigits(in.get(POSTCODE)).length() >= 5 : "US".equals(country);
        if (!looksUs) {
            String code = country == null ? "COUNTRY_UNKNOWN" : "COUNTRY_NOT_SUPPORTED";
            return in.entrySet().stream().map(e -> new FieldResult(e.getKey(), e.getValue(), e.getValue(),
                    FieldStatus.UNVERIFIED, 0, 0, List.of(code))).toList();
        }
        Parts parts = new Parts(in);
        Map<CanonicalAttribute, FieldResult> out = new EnumMap<>(CanonicalAttribute.class);
        street(parts, in, out);
        postcodeAndRegion(in, out);
        city(in, out);
        if (country == null) {
            out.put(COUNTRY, new FieldResult(COUNTRY, null, "US", FieldStatus.VERIFIED, 1, 90, List.of("COUNTRY_FROM_ADDRESS")));
        } else {
            out.put(COUNTRY, new FieldResult(COUNTRY, country, country, FieldStatus.VERIFIED, 1, 100, List.of()));
        }
        return new ArrayList<>(out.values());
    }

    /** The street line split into house number, street and unit, as far as the record had not split it already. */
    private static final class Parts {
        String houseNumber;
        String unit;
        final List<String> words = new ArrayList<>();
        final List<String> codes = new ArrayList<>();

        Parts(Map<CanonicalAttribute, String> in) {
            houseNumber = in.get(HOUSE_NUMBER);
            unit = in.get(UNIT);
            String street = in.get(STREET);
            if (street == null) return;
            // "N.W." is one word, "Main St,Apt 5" two: periods vanish, commas separate
            String withoutPunctuation = street.replace(".", "").replaceAll("[,;]", " ");
            if (!withoutPunctuation.equals(street)) codes.add("PUNCTUATION_REMOVED");
            List<String> tokens = new ArrayList<>(Arrays.asList(withoutPunctuation.toUpperCase(Locale.ROOT)
                    .replace("#", " # ").strip().split("\\s+")));
            if (houseNumber == null && tokens.size() > 1 && LEADING_HOUSE_NUMBER.matcher(tokens.get(0)).matches()) {
                houseNumber = tokens.remove(0);
                codes.add("HOUSE_NUMBER_FROM_STREET");
            }
            for (int i = 1; i < tokens.size(); i++) {
                Optional<String> designator = USPS.unitDesignator(tokens.get(i));
                boolean hasIdentifier = i + 1 < tokens.size();
                if (designator.isPresent() && (hasIdentifier || USPS.designatorStandsAlone(designator.get()))) {
                    String found = unitText(designator.get(), tokens.subList(i + 1, tokens.size()));
                    if (unit == null) {
                        unit = found;
                        codes.add("UNIT_FROM_STREET");
                    } else {
                        codes.add("UNIT_ALSO_IN_STREET");
                    }
                    tokens = new ArrayList<>(tokens.subList(0, i));
                    break;
                }
            }
            words.addAll(tokens);
        }
    }

    private static void street(Parts parts, Map<CanonicalAttribute, String> in, Map<CanonicalAttribute, FieldResult> out) {
        if (parts.houseNumber != null) {
            String number = parts.houseNumber.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
            boolean wellFormed = HOUSE_NUMBER_FORM.matcher(number).matches();
            out.put(HOUSE_NUMBER, new FieldResult(HOUSE_NUMBER, in.get(HOUSE_NUMBER), number,
                    wellFormed ? FieldStatus.VERIFIED : FieldStatus.UNVERIFIED, wellFormed ? 4 : 0, wellFormed ? 95 : 20,
                    wellFormed ? List.of() : List.of("HOUSE_NUMBER_UNUSUAL")));
        }
        if (parts.unit != null) out.put(UNIT, unit(in.get(UNIT), parts.unit, parts.codes.contains("UNIT_ALSO_IN_STREET")));
        if (in.get(STREET) == null) return;
        List<String> codes = new ArrayList<>(parts.codes);
        codes.remove("UNIT_ALSO_IN_STREET");
        List<String> words = new ArrayList<>(parts.words);
        String postDirectional = null;
        String preDirectional = null;
        String suffix = null;
        if (words.size() >= 3) {
            Optional<String> post = USPS.directional(words.get(words.size() - 1));
            if (post.isPresent() && USPS.suffix(words.get(words.size() - 2)).isPresent()) {
                postDirectional = post.get();
                noteAbbreviated(words.remove(words.size() - 1), postDirectional, "DIRECTIONAL_ABBREVIATED", codes);
            }
        }
        if (words.size() >= 2) {
            Optional<String> found = USPS.suffix(words.get(words.size() - 1));
            if (found.isPresent()) {
                suffix = found.get();
                noteAbbreviated(words.remove(words.size() - 1), suffix, "SUFFIX_ABBREVIATED", codes);
            }
        }
        if (words.size() >= 2) {
            Optional<String> pre = USPS.directional(words.get(0));
            if (pre.isPresent()) {
                preDirectional = pre.get();
                noteAbbreviated(words.remove(0), preDirectional, "DIRECTIONAL_ABBREVIATED", codes);
            }
        }
        List<String> shown = new ArrayList<>();
        if (preDirectional != null) shown.add(preDirectional);
        words.forEach(w -> shown.add(ProperCase.word(w)));
        if (suffix != null) shown.add(ProperCase.word(suffix));
        if (postDirectional != null) shown.add(postDirectional);
        String street = String.join(" ", shown);
        if (!street.equals(in.get(STREET)) && codes.isEmpty()) codes.add("CASING");
        boolean complete = suffix != null && !words.isEmpty();
        int level = parts.houseNumber != null ? 4 : 3;
        if (!complete) codes.add("STREET_SUFFIX_MISSING");
        out.put(STREET, new FieldResult(STREET, in.get(STREET), street,
                complete ? FieldStatus.VERIFIED : FieldStatus.PARTIALLY_VERIFIED, complete ? level : 3, complete ? 95 : 75, codes));
    }

    private static void noteAbbreviated(String word, String abbreviation, String code, List<String> codes) {
        if (!word.equals(abbreviation) && !codes.contains(code)) codes.add(code);
    }

    private static String unitText(String designator, List<String> identifier) {
        String id = String.join(" ", identifier).toUpperCase(Locale.ROOT);
        String shown = designator.equals("#") ? "#" : ProperCase.word(designator);
        return id.isEmpty() ? shown : shown + " " + id;
    }

    private static FieldResult unit(String before, String value, boolean alsoInStreet) {
        List<String> tokens = new ArrayList<>(Arrays.asList(value.replace("#", " # ").replace(".", "").replace(",", " ")
                .toUpperCase(Locale.ROOT).strip().split("\\s+")));
        List<String> codes = new ArrayList<>();
        if (alsoInStreet) codes.add("UNIT_ALSO_IN_STREET");
        Optional<String> designator = USPS.unitDesignator(tokens.get(0));
        if (designator.isPresent()) {
            String standard = unitText(designator.get(), tokens.subList(1, tokens.size()));
            if (!tokens.get(0).equals(designator.get())) codes.add("UNIT_DESIGNATOR_ABBREVIATED");
            boolean complete = tokens.size() > 1 || USPS.designatorStandsAlone(designator.get());
            return new FieldResult(UNIT, before, standard, complete ? FieldStatus.VERIFIED : FieldStatus.PARTIALLY_VERIFIED,
                    complete ? 4 : 3, complete ? 90 : 60, codes);
        }
        // a bare identifier ("5B"): Publication 28 writes it after "#" when the designator is not known
        codes.add("UNIT_DESIGNATOR_ADDED");
        return new FieldResult(UNIT, before, "# " + String.join(" ", tokens), FieldStatus.PARTIALLY_VERIFIED, 3, 70, codes);
    }

    private static void postcodeAndRegion(Map<CanonicalAttribute, String> in, Map<CanonicalAttribute, FieldResult> out) {
        String zipBefore = in.get(POSTCODE);
        String regionBefore = in.get(REGION);
        Optional<UspsReference.State> state = Optional.ofNullable(regionBefore).flatMap(USPS::state);
        String zip = null;
        List<String> zipCodes = new ArrayList<>();
        FieldStatus zipStatus = FieldStatus.VERIFIED;
        if (zipBefore != null) {
            String digits = zipDigits(zipBefore);
            boolean onlyZipCharacters = zipBefore.matches("[0-9\\s-]+");
            if (onlyZipCharacters && digits.length() == 4 && state.map(s -> s.owns("0" + digits)).orElse(false)) {
                // a spreadsheet read the ZIP as a number and dropped its leading zero
                zip = "0" + digits;
                zipCodes.add("ZIP_LEADING_ZERO_RESTORED");
                zipStatus = FieldStatus.PARTIALLY_VERIFIED;
            } else if (onlyZipCharacters && (digits.length() == 5 || digits.length() == 9)) {
                zip = digits.length() == 5 ? digits : digits.substring(0, 5) + "-" + digits.substring(5);
                if (!zip.equals(zipBefore)) zipCodes.add(digits.length() == 9 ? "ZIP4_FORMATTED" : "ZIP_FORMATTED");
            } else {
                zipCodes.add("ZIP_INVALID");
                zipStatus = FieldStatus.UNVERIFIED;
            }
        }
        String zip5 = zip == null ? null : zip.substring(0, 5);
        List<UspsReference.State> owners = zip5 == null ? List.of() : USPS.statesOfZip(zip5);
        boolean conflict = zip5 != null && state.isPresent() && !state.get().owns(zip5);
        if (zipBefore != null) {
            if (conflict) {
                zipCodes.add("ZIP_STATE_CONFLICT");
                zipStatus = FieldStatus.CONFLICT;
            } else if (zip5 != null && owners.isEmpty()) {
                zipCodes.add("ZIP_PREFIX_UNKNOWN");
                zipStatus = zipStatus.worse(FieldStatus.UNVERIFIED);
            }
            boolean ok = zipStatus == FieldStatus.VERIFIED;
            out.put(POSTCODE, new FieldResult(POSTCODE, zipBefore, zip == null ? zipBefore : zip, zipStatus,
                    zip == null ? 0 : 2, ok ? 95 : zipStatus == FieldStatus.PARTIALLY_VERIFIED ? 70 : 30, zipCodes));
        }
        if (regionBefore != null) {
            if (state.isEmpty()) {
                out.put(REGION, new FieldResult(REGION, regionBefore, regionBefore, FieldStatus.UNVERIFIED, 0, 10, List.of("STATE_UNKNOWN")));
            } else {
                List<String> codes = new ArrayList<>();
                if (!state.get().code().equals(regionBefore)) codes.add("STATE_ABBREVIATED");
                if (conflict) codes.add("ZIP_STATE_CONFLICT");
                out.put(REGION, new FieldResult(REGION, regionBefore, state.get().code(),
                        conflict ? FieldStatus.CONFLICT : FieldStatus.VERIFIED, 1, conflict ? 40 : 100, codes));
            }
        } else if (owners.size() == 1 && zipStatus == FieldStatus.VERIFIED) {
            out.put(REGION, new FieldResult(REGION, null, owners.get(0).code(), FieldStatus.VERIFIED, 1, 85, List.of("STATE_FROM_ZIP")));
        } else if (owners.size() > 1) {
            out.put(REGION, new FieldResult(REGION, null, null, FieldStatus.AMBIGUOUS, 0, 0, List.of("STATE_AMBIGUOUS_FOR_ZIP")));
        }
    }

    private static void city(Map<CanonicalAttribute, String> in, Map<CanonicalAttribute, FieldResult> out) {
        String before = in.get(CITY);
        if (before == null) return;
        String city = ProperCase.words(before.replace(",", " "));
        List<String> codes = new ArrayList<>();
        if (!city.equals(before)) codes.add("CASING");
        // no city list without reference data: the name is only put into form
        codes.add("CITY_NOT_CHECKED");
        out.put(CITY, new FieldResult(CITY, before, city, FieldStatus.PARTIALLY_VERIFIED, 2, 80, codes));
    }

    static String zipDigits(String zip) {
        if (zip == null) return "";
        StringBuilder digits = new StringBuilder();
        DIGITS.matcher(zip).results().forEach(m -> digits.append(m.group()));
        return digits.toString();
    }
}
