package org.customerhub.source.mapping;

/**
 * One thing wrong with a field mapping.
 *
 * @param field   where: a path into the YAML such as {@code fields[2].to}; "" for the document as a whole
 * @param message what is wrong and what is expected
 */
public record MappingViolation(String field, String message) {
    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
