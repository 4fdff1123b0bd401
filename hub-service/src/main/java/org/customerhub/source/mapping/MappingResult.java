package org.customerhub.source.mapping;

import org.customerhub.customer.CanonicalRecord;

import java.util.List;

/**
 * A source record in the canonical model (split, renamed, date and phone parsed; not yet standardised).
 *
 * @param canonical the mapped record
 * @param warnings  values left out without rejecting the record, such as an unreadable phone number
 */
public record MappingResult(CanonicalRecord canonical, List<RecordProblem> warnings) {
    public MappingResult {
        warnings = List.copyOf(warnings);
    }
}
