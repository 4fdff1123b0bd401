package org.customerhub.source.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How one source column becomes canonical values. A transform splits the column into a fixed number of
 * parts that fill the rule's targets in order.
 */
public enum Transform {
    COPY("copy", 1, "one attribute", List::of),
    NAME_LAST_COMMA_FIRST("name-last-comma-first", 3, "family_name, given_name, middle_name", PersonNames::lastCommaFirst),
    NAME_FIRST_LAST("name-first-last", 3, "given_name, middle_name, family_name", PersonNames::firstLast),
    STREET_NUMBER_FIRST("street-number-first", 2, "house_number, street", StreetAddresses::numberFirst),
    STREET_NUMBER_LAST("street-number-last", 2, "street, house_number", StreetAddresses::numberLast);

    private final String wireName;
    private final int parts;
    private final String targetLayout;
    private final Function<String, List<String>> splitter;

    Transform(String wireName, int parts, String targetLayout, Function<String, List<String>> splitter) {
        this.wireName = wireName;
        this.parts = parts;
        this.targetLayout = targetLayout;
        this.splitter = splitter;
    }

    public String wireName() {
        return wireName;
    }

    /** How many targets the transform fills. */
    public int parts() {
        return parts;
    }

    /** The targets the parts are meant for, in order, as mapping authors read it in error messages. */
    public String targetLayout() {
        return targetLayout;
    }

    /** Exactly {@link #parts()} values, null where the value has no such part. */
    public List<String> split(String value) {
        return splitter.apply(value);
    }

    public static Optional<Transform> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    public static String allWireNames() {
        return Arrays.stream(values()).map(Transform::wireName).collect(Collectors.joining(", "));
    }
}
