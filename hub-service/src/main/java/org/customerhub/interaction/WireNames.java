package org.customerhub.interaction;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The vocabularies' wire form: the constant's name in lower case ({@code SPA_VISIT} is {@code spa_visit}). */
public final class WireNames {
    private WireNames() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase();
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String wire) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> of(e).equals(wire)).findFirst();
    }

    public static List<String> all(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireNames::of).toList();
    }
}
