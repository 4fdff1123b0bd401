package org.customerhub.governance;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the YAML bodies (nomenclature, customer-number format) with the safe loader: plain data, no types. */
final class YamlBodies {
    private YamlBodies() {
    }

    static Map<String, Object> read(String body, Set<String> keys) {
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(body);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new InvalidBody(mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    "not readable YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new InvalidBody(0, 0, "not readable YAML");
        }
        if (!(loaded instanceof Map<?, ?> map)) throw new InvalidBody(1, 1, "expected a YAML mapping with " + String.join(", ", keys));
        for (Object key : map.keySet()) {
            if (!keys.contains(String.valueOf(key)))
                throw new InvalidBody(lineOf(body, String.valueOf(key)), 1, "unknown key '" + key + "'; expected " + String.join(", ", keys));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) map;
        return typed;
    }

    static List<String> strings(Map<String, Object> yaml, String key, String body) {
        Object value = yaml.get(key);
        if (value == null) return List.of();
        if (!(value instanceof List<?> list)) throw new InvalidBody(lineOf(body, key), 1, "'" + key + "' must be a list such as [a, b]");
        List<String> out = new ArrayList<>();
        for (Object item : list) out.add(String.valueOf(item));
        return out;
    }

    /** The line a top-level key is written on, so that a refusal points at it. */
    static int lineOf(String body, String key) {
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(key + ":") || lines[i].strip().startsWith(key + " :")) return i + 1;
        }
        return 1;
    }
}
