package org.customerhub.bench;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Edits of a mapping YAML (the mappings/ format) for benchmark runs. */
final class Mappings {
    private Mappings() {
    }

    /** The mapping with the rule for {@code column} replaced by "ignore", for the runs without an identifier. */
    static String withColumnIgnored(String yaml, String column) {
        Map<String, Object> document = new Yaml().load(yaml);
        if (!(document.get("fields") instanceof List<?> fields)) throw new IllegalArgumentException("the mapping has no fields");
        List<Object> edited = new ArrayList<>();
        boolean found = false;
        for (Object field : fields) {
            if (field instanceof Map<?, ?> rule && column.equals(rule.get("column"))) {
                Map<String, Object> ignored = new LinkedHashMap<>();
                ignored.put("column", column);
                ignored.put("ignore", true);
                edited.add(ignored);
                found = true;
            } else {
                edited.add(field);
            }
        }
        if (!found) throw new IllegalArgumentException("the mapping has no rule for column " + column);
        document.put("fields", edited);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(document);
    }

    /** The source code a mapping is for (its "source:"). */
    static String sourceOf(String yaml) {
        Map<String, Object> document = new Yaml().load(yaml);
        Object source = document == null ? null : document.get("source");
        if (source == null) throw new IllegalArgumentException("the mapping names no source");
        return source.toString();
    }
}
