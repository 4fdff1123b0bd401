package org.customerhub.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.customerhub.common.Json;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads request bodies itself, so that every malformed body gets a problem saying where it breaks
 * instead of a framework message.
 */
final class JsonBodies {
    private static final ObjectMapper STRICT = Json.MAPPER.copy()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonBodies() {
    }

    static Map<String, Object> object(String body, long maxBytes) {
        if (body == null || body.isBlank()) {
            throw new RequestRefused(RequestRefused.Reason.MALFORMED, "Empty body", "A JSON object is expected");
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new RequestRefused(RequestRefused.Reason.TOO_LARGE, "Body too large",
                    "A single record may have at most " + maxBytes + " bytes; use the bulk endpoint for many records");
        }
        JsonNode node = tree(body);
        if (!node.isObject()) {
            throw new RequestRefused(RequestRefused.Reason.MALFORMED, "Not a JSON object", "The body must be a JSON object, not " + node.getNodeType().name().toLowerCase());
        }
        return STRICT.convertValue(node, Json.MAPPER.getTypeFactory().constructMapType(java.util.LinkedHashMap.class, String.class, Object.class));
    }

    static JsonNode tree(String body) {
        try {
            return STRICT.readTree(body);
        } catch (JsonParseException e) {
            var location = e.getLocation();
            throw new RequestRefused(RequestRefused.Reason.MALFORMED, "Malformed JSON",
                    "The body is not valid JSON at line " + location.getLineNr() + ", column " + location.getColumnNr() + ": " + e.getOriginalMessage(),
                    List.of(new Violation("body", "line " + location.getLineNr() + ", column " + location.getColumnNr())));
        } catch (JsonProcessingException e) {
            throw new RequestRefused(RequestRefused.Reason.MALFORMED, "Malformed JSON", e.getOriginalMessage());
        }
    }

    static String text(Map<String, Object> body, String field, boolean required, List<Violation> violations) {
        Object value = body.get(field);
        if (value == null) {
            if (required) violations.add(new Violation(field, "is required"));
            return null;
        }
        if (!(value instanceof String s)) {
            violations.add(new Violation(field, "must be a string"));
            return null;
        }
        return s;
    }

    static void rejectUnknown(Map<String, Object> body, List<String> known, List<Violation> violations) {
        body.keySet().stream().filter(k -> !known.contains(k))
                .forEach(k -> violations.add(new Violation(k, "unknown field; expected one of " + String.join(", ", known))));
    }
}
