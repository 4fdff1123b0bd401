package org.customerhub.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 9457 problem details: one shape for every client error of the API. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://customer-hub.example/problems/";

    private Problems() {
    }

    public static MutableHttpResponse<Map<String, Object>> of(RequestRefused refused, String instance) {
        return of(status(refused.reason()), refused.title(), refused.getMessage(), refused.violations(), instance);
    }

    public static MutableHttpResponse<Map<String, Object>> of(HttpStatus status, String title, String detail,
                                                             List<Violation> violations, String instance) {
        Map<String, Object> body = body(status, title, detail, violations, instance);
        return HttpResponse.<Map<String, Object>>status(status).body(body).contentType(MEDIA_TYPE);
    }

    public static Map<String, Object> body(HttpStatus status, String title, String detail, List<Violation> violations, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + slug(status));
        body.put("title", title);
        body.put("status", status.getCode());
        if (detail != null) body.put("detail", detail);
        if (instance != null) body.put("instance", instance);
        if (violations != null && !violations.isEmpty()) {
            body.put("errors", violations.stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList());
        }
        return body;
    }

    public static HttpStatus statusOf(RequestRefused refused) {
        return status(refused.reason());
    }

    static HttpStatus status(RequestRefused.Reason reason) {
        return switch (reason) {
            case MALFORMED -> HttpStatus.BAD_REQUEST;
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case TOO_LARGE -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        };
    }

    private static String slug(HttpStatus status) {
        return status.getReason().toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
