package org.customerhub.governance;

import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.source.mapping.FieldMapping;
import org.customerhub.source.mapping.FieldRule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The approved nomenclature: which canonical fields the hub captures, which every source must fill, and their
 * format. A body such as
 * <pre>
 * captured: [given_name, middle_name, family_name, date_of_birth, street, house_number, postcode, city, country, phone, email]
 * required: [family_name, given_name]
 * formats:
 *   middle_name: initial
 * </pre>
 */
public record Nomenclature(Set<String> captured, Set<String> required, Map<String, String> formats) {
    static final Set<String> KEYS = new LinkedHashSet<>(List.of("captured", "required", "formats"));
    /** Name fields may be kept in full or as one initial. */
    static final Set<String> NAME_FORMATS = Set.of("full", "initial");
    static final Set<String> NAME_FIELDS = Set.of("given_name", "middle_name", "family_name");

    static Nomenclature parse(String body) {
        Map<String, Object> yaml = YamlBodies.read(body, KEYS);
        Set<String> captured = attributes(YamlBodies.strings(yaml, "captured", body), "captured", body);
        if (captured.isEmpty()) throw new InvalidBody(YamlBodies.lineOf(body, "captured"), 1, "'captured' must list at least one canonical attribute");
        Set<String> required = attributes(YamlBodies.strings(yaml, "required", body), "required", body);
        for (String r : required) {
            if (!captured.contains(r)) throw new InvalidBody(YamlBodies.lineOf(body, "required"), 1, "'" + r + "' is required but not captured");
        }
        Map<String, String> formats = new LinkedHashMap<>();
        Object f = yaml.get("formats");
        if (f != null) {
            if (!(f instanceof Map<?, ?> map)) throw new InvalidBody(YamlBodies.lineOf(body, "formats"), 1, "'formats' must map fields to formats");
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String field = String.valueOf(e.getKey());
                String format = String.valueOf(e.getValue());
                int line = YamlBodies.lineOf(body, field);
                if (!NAME_FIELDS.contains(field))
                    throw new InvalidBody(line, 1, "a format can be set for " + String.join(", ", NAME_FIELDS) + ", not '" + field + "'");
                if (!NAME_FORMATS.contains(format))
                    throw new InvalidBody(line, 1, "'" + format + "' is no format for " + field + "; use full or initial");
                if (!captured.contains(field)) throw new InvalidBody(line, 1, "'" + field + "' has a format but is not captured");
                formats.put(field, format);
            }
        }
        return new Nomenclature(captured, required, formats);
    }

    /** What a mapping does against this nomenclature; empty when it follows it. */
    public List<Finding> check(FieldMapping mapping, String definition) {
        List<Finding> findings = new ArrayList<>();
        Set<String> filled = new LinkedHashSet<>();
        for (int i = 0; i < mapping.fields().size(); i++) {
            FieldRule rule = mapping.fields().get(i);
            if (rule.ignored()) continue;
            for (CanonicalAttribute target : rule.targets()) {
                String name = target.wireName();
                filled.add(name);
                if (!captured.contains(name)) {
                    findings.add(new Finding(Finding.Severity.WARNING, "fields[" + i + "].to", "column " + rule.column() + " fills "
                            + name + ", which the approved nomenclature does not capture", definition));
                } else if ("initial".equals(formats.get(name))) {
                    findings.add(new Finding(Finding.Severity.NOTICE, "fields[" + i + "].to", "column " + rule.column() + " fills "
                            + name + ", which the approved nomenclature keeps as one initial (a single letter)", definition));
                }
            }
        }
        for (String r : required) {
            if (!filled.contains(r)) findings.add(new Finding(Finding.Severity.WARNING, "fields",
                    "no column fills " + r + ", which the approved nomenclature requires", definition));
        }
        return findings;
    }

    private static Set<String> attributes(List<String> names, String key, String body) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : names) {
            if (CanonicalAttribute.fromWireName(name).isEmpty())
                throw new InvalidBody(YamlBodies.lineOf(body, key), 1, "'" + name + "' in " + key + " is not a canonical attribute; known: "
                        + CanonicalAttribute.allWireNames());
            out.add(name);
        }
        return out;
    }
}
