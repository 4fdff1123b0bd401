package org.customerhub.source.mapping;

import java.util.List;
import java.util.Map;

/** Reads a source's field mapping from YAML; only valid mappings come out. */
public final class FieldMappingParser {

    private FieldMappingParser() {
    }

    /** @throws InvalidMapping listing every violation, YAML syntax errors included */
    public static FieldMapping parse(String yaml) {
        Object document = MappingDocument.load(yaml);
        List<MappingViolation> violations = MappingValidator.validateDocument(document);
        if (!violations.isEmpty()) throw new InvalidMapping(violations);
        return MappingDocument.toModel((Map<?, ?>) document);
    }
}
