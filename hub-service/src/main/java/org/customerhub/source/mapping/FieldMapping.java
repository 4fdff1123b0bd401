package org.customerhub.source.mapping;

import java.util.List;
import java.util.Optional;

/**
 * How one source system's records map onto the canonical model. Built by {@link FieldMappingParser},
 * which only returns mappings that passed {@link MappingValidator}.
 *
 * @param source      source system code ("hotel")
 * @param name        human name ("Hotel PMS")
 * @param version     version of this mapping, from 1
 * @param phoneRegion default region for phone numbers without a country code; may be null
 * @param fields      one rule per known source column
 */
public record FieldMapping(String source, String name, int version, String phoneRegion, List<FieldRule> fields) {

    public FieldMapping {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** The rule for a source column; a dozen columns per source make a scan cheaper than a map. */
    public Optional<FieldRule> ruleFor(String column) {
        for (FieldRule rule : fields) {
            if (rule.column().equals(column)) return Optional.of(rule);
        }
        return Optional.empty();
    }
}
