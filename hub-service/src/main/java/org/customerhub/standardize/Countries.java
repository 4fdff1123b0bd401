package org.customerhub.standardize;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * Country as ISO 3166 alpha-2. Sources write "DE", "DEU", "Germany", "Deutschland" or "U.S.A."; the
 * JDK knows the codes and the names in the languages of the resort's guests, and a few colloquial names
 * are added by hand.
 */
public final class Countries {

    private static final List<Locale> NAME_LANGUAGES = List.of(
            Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.ITALIAN, Locale.forLanguageTag("es"),
            Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl"));

    private static final Map<String, String> COLLOQUIAL = Map.ofEntries(
            Map.entry("usa", "US"), Map.entry("america", "US"), Map.entry("united states of america", "US"),
            Map.entry("the united states", "US"), Map.entry("vereinigte staaten von amerika", "US"),
            Map.entry("uk", "GB"), Map.entry("great britain", "GB"), Map.entry("britain", "GB"),
            Map.entry("england", "GB"), Map.entry("scotland", "GB"), Map.entry("wales", "GB"),
            Map.entry("northern ireland", "GB"), Map.entry("grossbritannien", "GB"), Map.entry("england uk", "GB"),
            Map.entry("holland", "NL"), Map.entry("the netherlands", "NL"),
            Map.entry("czech republic", "CZ"), Map.entry("tschechien", "CZ"),
            Map.entry("south korea", "KR"), Map.entry("korea", "KR"), Map.entry("republic of korea", "KR"),
            Map.entry("russia", "RU"), Map.entry("turkey", "TR"), Map.entry("turkiye", "TR"),
            Map.entry("ivory coast", "CI"), Map.entry("uae", "AE"), Map.entry("emirates", "AE"),
            Map.entry("eire", "IE"), Map.entry("republic of ireland", "IE"),
            Map.entry("vatican", "VA"), Map.entry("taiwan", "TW"), Map.entry("hong kong", "HK"),
            Map.entry("macau", "MO"), Map.entry("burma", "MM"), Map.entry("swaziland", "SZ"),
            Map.entry("macedonia", "MK"), Map.entry("cape verde", "CV"), Map.entry("east timor", "TL"));

    private static final Map<String, String> CODES_BY_FOLDED_NAME = buildIndex();

    private Countries() {
    }

    /** The ISO alpha-2 code for a code (alpha-2 or alpha-3) or a country name; empty when unknown. */
    public static Optional<String> iso2(String raw) {
        String folded = TextFolding.fold(raw);
        if (folded.isEmpty()) return Optional.empty();
        return Optional.ofNullable(CODES_BY_FOLDED_NAME.get(folded));
    }

    private static Map<String, String> buildIndex() {
        Map<String, String> index = new HashMap<>();
        // codes first, so a two- or three-letter name in some language can never shadow a code
        for (String code : Locale.getISOCountries()) {
            index.put(TextFolding.fold(code), code);
            alpha3(code).ifPresent(alpha3 -> index.putIfAbsent(TextFolding.fold(alpha3), code));
        }
        COLLOQUIAL.forEach(index::putIfAbsent);
        for (Locale language : NAME_LANGUAGES) {
            for (String code : Locale.getISOCountries()) {
                String name = TextFolding.fold(new Locale("", code).getDisplayCountry(language));
                if (!name.isEmpty()) index.putIfAbsent(name, code);
            }
        }
        return Map.copyOf(index);
    }

    private static Optional<String> alpha3(String code) {
        try {
            String alpha3 = new Locale("", code).getISO3Country();
            return alpha3.isEmpty() ? Optional.empty() : Optional.of(alpha3);
        } catch (MissingResourceException noAlpha3) {
            return Optional.empty();
        }
    }
}
