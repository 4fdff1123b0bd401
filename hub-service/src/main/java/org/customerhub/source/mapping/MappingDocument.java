package org.customerhub.source.mapping;

import org.customerhub.customer.CanonicalAttribute;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML form of a field mapping: plain maps, lists and scalars, which is what the validator inspects.
 * A {@link FieldMapping} built in code is turned back into this form so that one set of rules judges both.
 */
final class MappingDocument {

    static final String SOURCE = "source";
    static final String NAME = "name";
    static final String VERSION = "version";
    static final String PHONE_REGION = "phone-region";
    static final String FIELDS = "fields";
    static final List<String> TOP_LEVEL_KEYS = List.of(SOURCE, NAME, VERSION, PHONE_REGION, FIELDS);

    static final String COLUMN = "column";
    static final String TO = "to";
    static final String TRANSFORM = "transform";
    static final String FORMAT = "format";
    static final String REGION = "region";
    static final String IGNORE = "ignore";
    static final String ON_INVALID = "on-invalid";
    static final List<String> FIELD_KEYS = List.of(COLUMN, TO, TRANSFORM, FORMAT, REGION, ON_INVALID, IGNORE);

    private MappingDocument() {
    }

    /**
     * Reads YAML into plain maps and lists only: no tags, no Java types, no duplicate keys.
     *
     * @throws InvalidMapping with a single violation for field "" when the text is not YAML
     */
    static Object load(String yaml) {
        if (yaml == null || yaml.isBlank()) throw documentProblem("the mapping is empty");
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try {
            return new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (MarkedYAMLException e) {
            throw documentProblem("not valid YAML: " + e.getProblem() + at(e.getProblemMark()));
        } catch (YAMLException e) {
            throw documentProblem("not valid YAML: " + e.getMessage());
        } catch (RuntimeException e) {
            // SnakeYAML's safe constructor still converts explicit tags (!!int abc, !!binary @@) and fails in Java
            throw documentProblem("not valid YAML: a tagged value cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Builds the model from a document the validator accepted. */
    static FieldMapping toModel(Map<?, ?> document) {
        List<FieldRule> rules = new ArrayList<>();
        for (Object field : (List<?>) document.get(FIELDS)) rules.add(toRule((Map<?, ?>) field));
        return new FieldMapping(
                (String) document.get(SOURCE),
                (String) document.get(NAME),
                ((Number) document.get(VERSION)).intValue(),
                (String) document.get(PHONE_REGION),
                rules);
    }

    static Map<String, Object> fromModel(FieldMapping mapping) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put(SOURCE, mapping.source());
        document.put(NAME, mapping.name());
        document.put(VERSION, mapping.version());
        if (mapping.phoneRegion() != null) document.put(PHONE_REGION, mapping.phoneRegion());
        document.put(FIELDS, mapping.fields().stream().map(MappingDocument::fromRule).toList());
        return document;
    }

    /** Targets as written: one name, or a list of names. */
    static List<?> targetsAsList(Object to) {
        return to instanceof List<?> list ? list : List.of(to);
    }

    private static FieldRule toRule(Map<?, ?> field) {
        String column = (String) field.get(COLUMN);
        if (Boolean.TRUE.equals(field.get(IGNORE))) return FieldRule.ignore(column);
        Object transform = field.get(TRANSFORM);
        Object onInvalid = field.get(ON_INVALID);
        return new FieldRule(
                column,
                transform == null ? Transform.COPY : Transform.fromWireName((String) transform).orElseThrow(),
                targetsAsList(field.get(TO)).stream()
                        .map(target -> CanonicalAttribute.fromWireName((String) target).orElseThrow())
                        .toList(),
                (String) field.get(FORMAT),
                (String) field.get(REGION),
                false,
                onInvalid == null ? OnInvalid.REJECT : OnInvalid.fromWireName((String) onInvalid).orElseThrow());
    }

    private static Map<String, Object> fromRule(FieldRule rule) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put(COLUMN, rule.column());
        if (rule.ignored()) {
            field.put(IGNORE, true);
            return field;
        }
        if (rule.transform() != Transform.COPY) field.put(TRANSFORM, rule.transform().wireName());
        List<String> targets = rule.targets().stream().map(CanonicalAttribute::wireName).toList();
        field.put(TO, targets.size() == 1 ? targets.get(0) : targets);
        if (rule.format() != null) field.put(FORMAT, rule.format());
        if (rule.region() != null) field.put(REGION, rule.region());
        if (rule.onInvalid() != OnInvalid.REJECT) field.put(ON_INVALID, rule.onInvalid().wireName());
        return field;
    }

    private static String at(Mark mark) {
        return mark == null ? "" : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")";
    }

    private static InvalidMapping documentProblem(String message) {
        return new InvalidMapping(List.of(new MappingViolation("", message)));
    }
}
