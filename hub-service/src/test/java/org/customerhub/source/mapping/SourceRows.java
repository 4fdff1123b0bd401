package org.customerhub.source.mapping;

import java.util.LinkedHashMap;
import java.util.Map;

/** Raw source records for tests, written as alternating column names and values. */
final class SourceRows {

    private SourceRows() {
    }

    static Map<String, Object> row(String... columnsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) row.put(columnsAndValues[i], columnsAndValues[i + 1]);
        return row;
    }
}
