package org.customerhub.customer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A customer expressed in the canonical model. Values are strings in their canonical form:
 * dates ISO-8601 (yyyy-MM-dd), phones E.164, emails lower case. Blank values are never stored.
 */
public final class CanonicalRecord {
    private final Map<CanonicalAttribute, String> values;

    private CanonicalRecord(Map<CanonicalAttribute, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static CanonicalRecord of(Map<CanonicalAttribute, String> values) {
        EnumMap<CanonicalAttribute, String> copy = new EnumMap<>(CanonicalAttribute.class);
        values.forEach((k, v) -> {
            if (v != null && !v.isBlank()) copy.put(k, v.strip());
        });
        return new CanonicalRecord(copy);
    }

    public static CanonicalRecord empty() {
        return new CanonicalRecord(new EnumMap<>(CanonicalAttribute.class));
    }

    /** Reads the stored/wire form; unknown keys are an error of the caller, so they throw. */
    public static CanonicalRecord fromWire(Map<String, ?> wire) {
        EnumMap<CanonicalAttribute, String> values = new EnumMap<>(CanonicalAttribute.class);
        wire.forEach((k, v) -> {
            CanonicalAttribute attribute = CanonicalAttribute.fromWireName(k)
                    .orElseThrow(() -> new IllegalArgumentException("unknown canonical attribute: " + k));
            if (v != null && !v.toString().isBlank()) values.put(attribute, v.toString().strip());
        });
        return new CanonicalRecord(values);
    }

    public Map<String, String> toWire() {
        Map<String, String> wire = new LinkedHashMap<>();
        values.forEach((k, v) -> wire.put(k.wireName(), v));
        return wire;
    }

    public Optional<String> get(CanonicalAttribute attribute) {
        return Optional.ofNullable(values.get(attribute));
    }

    public String getOrNull(CanonicalAttribute attribute) {
        return values.get(attribute);
    }

    public boolean has(CanonicalAttribute attribute) {
        return values.containsKey(attribute);
    }

    public Map<CanonicalAttribute, String> values() {
        return values;
    }

    public CanonicalRecord with(CanonicalAttribute attribute, String value) {
        EnumMap<CanonicalAttribute, String> copy = new EnumMap<>(CanonicalAttribute.class);
        copy.putAll(values);
        if (value == null || value.isBlank()) copy.remove(attribute);
        else copy.put(attribute, value.strip());
        return new CanonicalRecord(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CanonicalRecord other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        // attribute names only: values are personal data and must not reach logs
        return "CanonicalRecord" + values.keySet();
    }
}
