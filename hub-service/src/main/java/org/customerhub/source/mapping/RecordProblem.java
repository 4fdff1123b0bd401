package org.customerhub.source.mapping;

/**
 * Something wrong with one source record.
 *
 * @param field   the source column concerned
 * @param message what is wrong; never repeats the value, which is personal data
 */
public record RecordProblem(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
