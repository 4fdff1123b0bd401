package org.customerhub.cleansing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The USPS Publication 28 tables the built-in cleanser needs: street suffixes (appendix C1), directionals,
 * secondary unit designators (appendix C2), state codes (appendix B) and the first digits of each state's ZIP
 * codes. Lookups take upper-case words without punctuation. Loaded once; immutable and thread-safe.
 */
final class UspsReference {
    static final UspsReference INSTANCE = new UspsReference();

    private static final Map<String, String> DIRECTIONALS = Map.ofEntries(
            Map.entry("NORTH", "N"), Map.entry("SOUTH", "S"), Map.entry("EAST", "E"), Map.entry("WEST", "W"),
            Map.entry("NORTHEAST", "NE"), Map.entry("NORTHWEST", "NW"), Map.entry("SOUTHEAST", "SE"),
            Map.entry("SOUTHWEST", "SW"), Map.entry("N", "N"), Map.entry("S", "S"), Map.entry("E", "E"),
            Map.entry("W", "W"), Map.entry("NE", "NE"), Map.entry("NW", "NW"), Map.entry("SE", "SE"), Map.entry("SW", "SW"));

    /** Designator spelled out or abbreviated, to its standard abbreviation. */
    private static final Map<String, String> UNIT_DESIGNATORS = Map.ofEntries(
            Map.entry("APARTMENT", "APT"), Map.entry("APT", "APT"), Map.entry("BASEMENT", "BSMT"), Map.entry("BSMT", "BSMT"),
            Map.entry("BUILDING", "BLDG"), Map.entry("BLDG", "BLDG"), Map.entry("DEPARTMENT", "DEPT"), Map.entry("DEPT", "DEPT"),
            Map.entry("FLOOR", "FL"), Map.entry("FL", "FL"), Map.entry("FRONT", "FRNT"), Map.entry("FRNT", "FRNT"),
            Map.entry("HANGAR", "HNGR"), Map.entry("HNGR", "HNGR"), Map.entry("LOBBY", "LBBY"), Map.entry("LBBY", "LBBY"),
            Map.entry("LOT", "LOT"), Map.entry("LOWER", "LOWR"), Map.entry("LOWR", "LOWR"), Map.entry("OFFICE", "OFC"),
            Map.entry("OFC", "OFC"), Map.entry("PENTHOUSE", "PH"), Map.entry("PH", "PH"), Map.entry("PIER", "PIER"),
            Map.entry("REAR", "REAR"), Map.entry("ROOM", "RM"), Map.entry("RM", "RM"), Map.entry("SIDE", "SIDE"),
            Map.entry("SLIP", "SLIP"), Map.entry("SPACE", "SPC"), Map.entry("SPC", "SPC"), Map.entry("STOP", "STOP"),
            Map.entry("SUITE", "STE"), Map.entry("STE", "STE"), Map.entry("TRAILER", "TRLR"), Map.entry("TRLR", "TRLR"),
            Map.entry("UNIT", "UNIT"), Map.entry("UPPER", "UPPR"), Map.entry("UPPR", "UPPR"), Map.entry("#", "#"));

    /** Designators that stand without a number ("REAR", "PH"). */
    private static final Set<String> DESIGNATORS_WITHOUT_NUMBER = Set.of("BSMT", "FRNT", "LBBY", "LOWR", "OFC", "PH", "REAR", "SIDE", "UPPR");

    private final Map<String, String> suffixes = new HashMap<>();
    private final Map<String, State> statesByCode = new HashMap<>();
    private final Map<String, State> statesByName = new HashMap<>();

    record State(String code, String name, List<String> zipPrefixes) {
        boolean owns(String zip5) {
            return zipPrefixes.stream().anyMatch(zip5::startsWith);
        }
    }

    private UspsReference() {
        read("cleansing/usps-street-suffixes.txt", words -> {
            for (int i = 1; i < words.size(); i++) suffixes.put(words.get(i), words.get(0));
            suffixes.put(words.get(0), words.get(0));
        });
        read("cleansing/us-states.txt", words -> {
            String name = String.join(" ", words.subList(2, words.size()));
            State state = new State(words.get(0), name, Arrays.asList(words.get(1).split(",")));
            statesByCode.put(state.code(), state);
            statesByName.put(name.toUpperCase(Locale.ROOT), state);
        });
    }

    Optional<String> suffix(String word) {
        return Optional.ofNullable(suffixes.get(word));
    }

    Optional<String> directional(String word) {
        return Optional.ofNullable(DIRECTIONALS.get(word));
    }

    Optional<String> unitDesignator(String word) {
        return Optional.ofNullable(UNIT_DESIGNATORS.get(word));
    }

    boolean designatorStandsAlone(String abbreviation) {
        return DESIGNATORS_WITHOUT_NUMBER.contains(abbreviation);
    }

    /** A state by its code or its full name ("NV", "Nevada", "NEW YORK"). */
    Optional<State> state(String codeOrName) {
        String key = codeOrName.toUpperCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ").strip();
        return Optional.ofNullable(statesByCode.get(key)).or(() -> Optional.ofNullable(statesByName.get(key)));
    }

    /** The states whose ZIP codes may start like this one. */
    List<State> statesOfZip(String zip5) {
        List<State> owners = new ArrayList<>();
        statesByCode.values().forEach(s -> {
            if (s.owns(zip5)) owners.add(s);
        });
        owners.sort(java.util.Comparator.comparing(State::code));
        return owners;
    }

    private static void read(String resource, Consumer<List<String>> line) {
        InputStream in = UspsReference.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing reference table " + resource);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                if (text.isBlank() || text.startsWith("#")) continue;
                line.accept(Arrays.asList(text.strip().split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
