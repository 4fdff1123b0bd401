package org.customerhub.api;

import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads a steward's decision body, {@code {"decision": "...", "comment": "..."}}, naming every field that is wrong. */
final class DecisionBodies {
    private DecisionBodies() {
    }

    record Decision<E extends Enum<E>>(E decision, String comment, Map<String, Object> json) {
    }

    /** @param extraFields further fields the endpoint accepts, read by the caller from {@link Decision#json()} */
    static <E extends Enum<E>> Decision<E> read(String body, Class<E> type, List<String> extraFields, List<Violation> violations) {
        Map<String, Object> json = JsonBodies.object(body, 20_000);
        List<String> known = new ArrayList<>(List.of("decision", "comment"));
        known.addAll(extraFields);
        JsonBodies.rejectUnknown(json, known, violations);
        String decision = JsonBodies.text(json, "decision", true, violations);
        String comment = JsonBodies.text(json, "comment", false, violations);
        E parsed = null;
        if (decision != null) {
            try {
                parsed = Enum.valueOf(type, decision);
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("decision", "must be " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                        .collect(Collectors.joining(" or "))));
            }
        }
        if (comment != null && comment.length() > 2000) violations.add(new Violation("comment", "at most 2000 characters"));
        return new Decision<>(parsed, comment, json);
    }

    static void refuseIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid decision", violations);
    }
}
