package org.customerhub.cleansing;

import java.util.List;

/** A cleanser's answer for one request: one result per field of the request, and who answered, in which version. */
public record CleansingAnswer(String cleanser, String version, List<FieldResult> fields) {
    public CleansingAnswer {
        fields = List.copyOf(fields);
    }
}
