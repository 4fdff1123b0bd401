package org.customerhub.source.mapping;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.standardize.DateParsing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.customerhub.source.mapping.MappingDocument.*;

/**
 * Checks a field mapping against the canonical model before any record is mapped with it, and says where
 * each problem is ({@code fields[2].to}) so that the author of the YAML can fix it. Reports every problem
 * at once.
 */
public final class MappingValidator {

    private static final Pattern SOURCE_CODE = Pattern.compile("[a-z0-9-]{2,40}");
    private static final Set<String> PHONE_REGIONS = PhoneNumberUtil.getInstance().getSupportedRegions();

    private final List<MappingViolation> violations = new ArrayList<>();
    private final Map<String, String> columnsSeen = new HashMap<>();
    private final Map<CanonicalAttribute, String> targetsSeen = new EnumMap<>(CanonicalAttribute.class);
    private boolean hasDefaultPhoneRegion;

    private MappingValidator() {
    }

    /** Violations of a mapping in YAML, including YAML syntax errors (field ""); empty when valid. */
    public static List<MappingViolation> validate(String yaml) {
        try {
            return validateDocument(MappingDocument.load(yaml));
        } catch (InvalidMapping notYaml) {
            return notYaml.violations();
        }
    }

    /** Violations of a mapping built in code; empty when valid. */
    public static List<MappingViolation> validate(FieldMapping mapping) {
        return validateDocument(MappingDocument.fromModel(mapping));
    }

    static List<MappingViolation> validateDocument(Object document) {
        MappingValidator validator = new MappingValidator();
        validator.checkDocument(document);
        return List.copyOf(validator.violations);
    }

    private void checkDocument(Object document) {
        if (!(document instanceof Map<?, ?> top)) {
            report("", "a mapping is a set of keys (" + String.join(", ", TOP_LEVEL_KEYS) + "), not " + describe(document));
            return;
        }
        checkKnownKeys("", top, TOP_LEVEL_KEYS);
        requiredText(top, SOURCE, SOURCE).ifPresent(source -> {
            if (!SOURCE_CODE.matcher(source).matches()) {
                report(SOURCE, quoted(source) + " is not a source code; expected 2 to 40 characters of a-z, 0-9 and -");
            }
        });
        requiredText(top, NAME, NAME);
        checkVersion(top.get(VERSION));
        if (top.containsKey(PHONE_REGION)) {
            hasDefaultPhoneRegion = true;
            text(top.get(PHONE_REGION), PHONE_REGION).ifPresent(region -> checkPhoneRegion(PHONE_REGION, region));
        }
        checkFields(top.get(FIELDS));
    }

    private void checkVersion(Object version) {
        if (version == null) report(VERSION, "is required: a whole number from 1, raised with every change");
        else if (!(version instanceof Integer || version instanceof Long || version instanceof BigInteger)) {
            report(VERSION, "must be a whole number from 1, not " + describe(version));
        } else if (((Number) version).longValue() < 1 || ((Number) version).longValue() > Integer.MAX_VALUE) {
            report(VERSION, "must be a whole number from 1, not " + version);
        }
    }

    private void checkFields(Object fields) {
        if (fields == null) report(FIELDS, "is required: one entry per source column");
        else if (!(fields instanceof List<?> list)) report(FIELDS, "must be a list of columns, not " + describe(fields));
        else if (list.isEmpty()) report(FIELDS, "must list at least one column");
        else for (int i = 0; i < list.size(); i++) checkField("fields[" + i + "]", list.get(i));
    }

    private void checkField(String path, Object entry) {
        if (!(entry instanceof Map<?, ?> field)) {
            report(path, "must be a set of keys with column and to (or ignore: true), not " + describe(entry));
            return;
        }
        checkKnownKeys(path + ".", field, FIELD_KEYS);
        requiredText(field, COLUMN, path + "." + COLUMN).ifPresent(column -> {
            String first = columnsSeen.putIfAbsent(column, path);
            if (first != null) report(path + "." + COLUMN, quoted(column) + " is already listed at " + first);
        });
        Object ignore = field.get(IGNORE);
        if (ignore != null && !(ignore instanceof Boolean)) report(path + "." + IGNORE, "must be true or false, not " + describe(ignore));
        if (Boolean.TRUE.equals(ignore)) {
            for (String key : List.of(TO, TRANSFORM, FORMAT, REGION, ON_INVALID)) {
                if (field.containsKey(key)) report(path + "." + key, "an ignored column fills nothing; remove " + key + " or ignore");
            }
            return;
        }
        List<CanonicalAttribute> targets = checkTargets(path + "." + TO, field.get(TO));
        checkTransform(path, field);
        checkFormat(path + "." + FORMAT, field, targets.contains(CanonicalAttribute.DATE_OF_BIRTH));
        checkFieldRegion(path + "." + REGION, field, targets.contains(CanonicalAttribute.PHONE));
        checkOnInvalid(path + "." + ON_INVALID, field, targets.contains(CanonicalAttribute.DATE_OF_BIRTH));
    }

    /** The canonical targets that are valid; each bad or repeated one is reported. */
    private List<CanonicalAttribute> checkTargets(String path, Object to) {
        List<CanonicalAttribute> targets = new ArrayList<>();
        if (to == null) {
            report(path, "is required: the canonical attribute(s) this column fills, or ignore: true; expected one of: "
                    + CanonicalAttribute.allWireNames());
            return targets;
        }
        if (to instanceof List<?> list && list.isEmpty()) {
            report(path, "must name at least one canonical attribute");
            return targets;
        }
        List<?> written = targetsAsList(to);
        for (int i = 0; i < written.size(); i++) {
            String targetPath = to instanceof List<?> ? path + "[" + i + "]" : path;
            text(written.get(i), targetPath).ifPresent(name -> {
                Optional<CanonicalAttribute> target = CanonicalAttribute.fromWireName(name);
                if (target.isEmpty()) {
                    report(targetPath, quoted(name) + " is not a canonical attribute; expected one of: "
                            + CanonicalAttribute.allWireNames());
                    return;
                }
                String first = targetsSeen.putIfAbsent(target.get(), targetPath);
                if (first != null) report(targetPath, quoted(name) + " is already filled by " + first);
                targets.add(target.get());
            });
        }
        return targets;
    }

    private void checkTransform(String path, Map<?, ?> field) {
        Transform transform = Transform.COPY;
        if (field.containsKey(TRANSFORM)) {
            Optional<String> name = text(field.get(TRANSFORM), path + "." + TRANSFORM);
            if (name.isEmpty()) return;
            Optional<Transform> known = Transform.fromWireName(name.get());
            if (known.isEmpty()) {
                report(path + "." + TRANSFORM, quoted(name.get()) + " is not a transform; expected one of: "
                        + Transform.allWireNames());
                return;
            }
            transform = known.get();
        }
        Object to = field.get(TO);
        if (to == null) return;
        int written = targetsAsList(to).size();
        if (written != transform.parts()) {
            report(path + "." + TO, "transform " + transform.wireName() + " fills " + transform.parts()
                    + (transform.parts() == 1 ? " attribute" : " attributes") + " (" + transform.targetLayout()
                    + "), but " + written + " " + (written == 1 ? "is" : "are") + " given");
        }
    }

    private void checkFormat(String path, Map<?, ?> field, boolean fillsDateOfBirth) {
        if (!field.containsKey(FORMAT)) {
            if (fillsDateOfBirth) report(path, "is required for a column filling date_of_birth, e.g. MM/dd/yyyy");
            return;
        }
        text(field.get(FORMAT), path).ifPresent(format -> {
            if (!fillsDateOfBirth) report(path, "only applies to a column filling date_of_birth");
            else DateParsing.patternProblem(format)
                    .ifPresent(problem -> report(path, quoted(format) + " is not a usable date pattern: " + problem));
        });
    }

    private void checkFieldRegion(String path, Map<?, ?> field, boolean fillsPhone) {
        if (!field.containsKey(REGION)) {
            if (fillsPhone && !hasDefaultPhoneRegion) {
                report(path, "phone numbers need a region for numbers without a country code; set phone-region "
                        + "for the whole mapping or region for this column");
            }
            return;
        }
        text(field.get(REGION), path).ifPresent(region -> {
            if (!fillsPhone) report(path, "only applies to a column filling phone");
            else checkPhoneRegion(path, region);
        });
    }

    /** Only dates can be unreadable today: an unreadable phone is always left out with a warning. */
    private void checkOnInvalid(String path, Map<?, ?> field, boolean fillsDateOfBirth) {
        if (!field.containsKey(ON_INVALID)) return;
        text(field.get(ON_INVALID), path).ifPresent(policy -> {
            if (OnInvalid.fromWireName(policy).isEmpty()) {
                report(path, quoted(policy) + " is not a choice; expected one of: " + OnInvalid.allWireNames());
            } else if (!fillsDateOfBirth) {
                report(path, "only applies to a column filling date_of_birth");
            }
        });
    }

    private void checkPhoneRegion(String path, String region) {
        if (!PHONE_REGIONS.contains(region)) {
            report(path, quoted(region) + " is not a phone region; expected an ISO 3166 alpha-2 code in capitals, such as US or DE");
        }
    }

    private void checkKnownKeys(String pathPrefix, Map<?, ?> map, List<String> known) {
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                report(pathPrefix + key, "unknown key; expected one of: " + String.join(", ", known));
            }
        }
    }

    private Optional<String> requiredText(Map<?, ?> map, String key, String path) {
        if (map.get(key) == null) {
            report(path, "is required");
            return Optional.empty();
        }
        return text(map.get(key), path);
    }

    private Optional<String> text(Object value, String path) {
        if (value instanceof String text && !text.isBlank()) return Optional.of(text);
        if (value == null || value instanceof String) report(path, "must not be empty");
        else if (value instanceof Boolean) {
            // YAML 1.1 reads NO (Norway), yes, off ... as booleans
            report(path, "must be text, but YAML read it as " + value + "; put it in quotes");
        } else report(path, "must be text, not " + describe(value));
        return Optional.empty();
    }

    private void report(String field, String message) {
        violations.add(new MappingViolation(field, message));
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    private static String describe(Object value) {
        if (value == null) return "empty";
        if (value instanceof Map) return "a set of keys";
        if (value instanceof List) return "a list";
        if (value instanceof Boolean) return "true/false";
        if (value instanceof Number) return "a number (" + value + ")";
        if (value instanceof String) return "text";
        return "a " + value.getClass().getSimpleName();
    }
}
