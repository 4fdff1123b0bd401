package org.customerhub.standardize;

import java.util.Map;
import java.util.Optional;

/** Gender as the hub stores it: "F", "M" or "X" (diverse / non-binary), from the words sources use. */
public final class GenderCodes {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("f", "F"), Map.entry("female", "F"), Map.entry("w", "F"), Map.entry("weiblich", "F"),
            Map.entry("woman", "F"), Map.entry("frau", "F"), Map.entry("femme", "F"), Map.entry("feminin", "F"),
            Map.entry("femenino", "F"), Map.entry("mujer", "F"), Map.entry("femmina", "F"), Map.entry("donna", "F"),
            Map.entry("mrs", "F"), Map.entry("ms", "F"),
            Map.entry("m", "M"), Map.entry("male", "M"), Map.entry("mannlich", "M"), Map.entry("maennlich", "M"),
            Map.entry("man", "M"), Map.entry("mann", "M"), Map.entry("homme", "M"), Map.entry("masculin", "M"),
            Map.entry("masculino", "M"), Map.entry("hombre", "M"), Map.entry("maschio", "M"), Map.entry("uomo", "M"),
            Map.entry("h", "M"), Map.entry("mr", "M"),
            Map.entry("x", "X"), Map.entry("d", "X"), Map.entry("divers", "X"), Map.entry("diverse", "X"),
            Map.entry("non binary", "X"), Map.entry("nonbinary", "X"), Map.entry("nb", "X"));

    private GenderCodes() {
    }

    /** "F", "M" or "X"; empty for unknown words, "unknown" or "prefer not to say". */
    public static Optional<String> code(String raw) {
        return Optional.ofNullable(CODES.get(TextFolding.fold(raw)));
    }
}
