package org.customerhub.source.mapping;

import java.util.List;
import java.util.stream.Collectors;

/** A field mapping that cannot be used; carries every violation found, not just the first. */
public class InvalidMapping extends RuntimeException {
    private final List<MappingViolation> violations;

    public InvalidMapping(List<MappingViolation> violations) {
        super("invalid field mapping: " + violations.stream().map(MappingViolation::toString)
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<MappingViolation> violations() {
        return violations;
    }
}
