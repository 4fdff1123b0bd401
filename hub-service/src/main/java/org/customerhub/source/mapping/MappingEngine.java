package org.customerhub.source.mapping;

import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.standardize.DateParsing;
import org.customerhub.standardize.PhoneStandardizer;
import org.customerhub.standardize.UnusableDate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a source's field mapping to one raw record: renames and splits columns into canonical attributes,
 * parses the date of birth to ISO and phones to E.164. Display standardisation comes later. Stateless and
 * thread-safe.
 */
public class MappingEngine {

    /**
     * @param raw column name to value, as the source sent it (JSON object, CSV row); null and blank values
     *            are skipped, numbers and booleans read as text
     * @throws RecordRejected listing every problem, when a column is unknown, a value is an object or a
     *                        list, or a date does not follow the mapping's format (unless its column says
     *                        {@code on-invalid: drop}: then the date is left out with a warning)
     */
    public MappingResult apply(FieldMapping mapping, Map<String, Object> raw) {
        RecordMapping record = new RecordMapping(mapping);
        raw.forEach(record::column);
        return record.result();
    }

    /** The state of mapping one record; problems are collected so that a rejection lists all of them. */
    private static final class RecordMapping {
        private final FieldMapping mapping;
        private final Map<CanonicalAttribute, String> canonical = new EnumMap<>(CanonicalAttribute.class);
        private final List<RecordProblem> problems = new ArrayList<>();
        private final List<RecordProblem> warnings = new ArrayList<>();

        RecordMapping(FieldMapping mapping) {
            this.mapping = mapping;
        }

        void column(String column, Object value) {
            Optional<FieldRule> rule = mapping.ruleFor(column);
            if (rule.isEmpty()) {
                problems.add(new RecordProblem(column, "unknown column: not in the " + mapping.source()
                        + " mapping; add it there, with ignore: true if the hub does not need it"));
            } else if (rule.get().ignored()) {
                return;
            } else if (value instanceof Map<?, ?>) {
                problems.add(new RecordProblem(column, "expected a single value, got an object"));
            } else if (value instanceof Collection<?> || value != null && value.getClass().isArray()) {
                problems.add(new RecordProblem(column, "expected a single value, got a list"));
            } else {
                String text = asText(value);
                if (text != null && !text.isBlank()) fill(rule.get(), text.strip());
            }
        }

        private void fill(FieldRule rule, String text) {
            List<String> parts = rule.transform().split(text);
            for (int i = 0; i < rule.targets().size(); i++) {
                String part = parts.get(i);
                if (part != null && !part.isBlank()) fill(rule, rule.targets().get(i), part);
            }
        }

        private void fill(FieldRule rule, CanonicalAttribute target, String part) {
            switch (target) {
                case DATE_OF_BIRTH -> {
                    try {
                        canonical.put(target, DateParsing.parse(part, rule.format()).toString());
                    } catch (UnusableDate e) {
                        if (rule.onInvalid() == OnInvalid.DROP) {
                            warnings.add(new RecordProblem(rule.column(), e.getMessage() + "; left out"));
                        } else {
                            problems.add(new RecordProblem(rule.column(), e.getMessage()));
                        }
                    }
                }
                case PHONE -> {
                    // a guest's phone typed wrong is no reason to lose the guest
                    String region = rule.region() != null ? rule.region() : mapping.phoneRegion();
                    PhoneStandardizer.toE164(part, region).ifPresentOrElse(
                            phone -> canonical.put(target, phone),
                            () -> warnings.add(new RecordProblem(rule.column(),
                                    "not a phone number in region " + region + "; left out")));
                }
                default -> canonical.put(target, part);
            }
        }

        MappingResult result() {
            if (!problems.isEmpty()) throw new RecordRejected(problems);
            return new MappingResult(CanonicalRecord.of(canonical), warnings);
        }
    }

    /** Numbers as written, without the exponent or trailing ".0" that JSON readers produce. */
    private static String asText(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? new BigDecimal(value.toString()).stripTrailingZeros().toPlainString() : null;
        }
        if (value instanceof BigDecimal number) return number.stripTrailingZeros().toPlainString();
        return value == null ? null : value.toString();
    }
}
