package org.customerhub.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The columns of one export row. Silos differ in how they leave a value out: a flat-file export keeps every column
 * and writes it empty, an API export drops the key.
 */
final class Row {
    private final Map<String, Object> columns = new LinkedHashMap<>();
    private final Random random;
    private final boolean dropsMissingKeys;

    Row(Random random, boolean dropsMissingKeys) {
        this.random = random;
        this.dropsMissingKeys = dropsMissingKeys;
    }

    Row put(String column, String value) {
        if (value == null || value.isEmpty()) {
            if (!dropsMissingKeys) columns.put(column, "");
        } else {
            columns.put(column, value);
        }
        return this;
    }

    /** Whether a value is captured at all, drawn here so each silo states its own gaps in one place. */
    boolean captured(double share) {
        return random.nextDouble() < share;
    }

    Map<String, Object> columns() {
        return columns;
    }
}
