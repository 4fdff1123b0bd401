package org.customerhub.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row as a source silo would export it: the silo's own column names and formats, untouched by the hub.
 * Columns keep the silo's order so that a printed record reads like the export it imitates.
 */
public record DemoRecord(String source, String sourceKey, Map<String, Object> fields) {
    public DemoRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceKey, "sourceKey");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The key the ground truth uses, "source/sourceKey"; the source never contains a slash, the key may. */
    public String recordId() {
        return source + "/" + sourceKey;
    }
}
