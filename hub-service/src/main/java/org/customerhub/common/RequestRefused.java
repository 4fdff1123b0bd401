package org.customerhub.common;

import java.util.List;

/**
 * A client's request the hub refuses, with the reason in business terms. Services throw it; the API turns it
 * into an RFC 9457 problem with the matching 4xx status. Messages never carry personal data.
 */
public class RequestRefused extends RuntimeException {
    public enum Reason { MALFORMED, INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, UNAUTHENTICATED, TOO_LARGE, UNSUPPORTED_MEDIA_TYPE }

    private final Reason reason;
    private final String title;
    private final List<Violation> violations;

    public RequestRefused(Reason reason, String title, String detail, List<Violation> violations) {
        super(detail);
        this.reason = reason;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public RequestRefused(Reason reason, String title, String detail) {
        this(reason, title, detail, List.of());
    }

    public static RequestRefused invalid(String title, List<Violation> violations) {
        String detail = violations.isEmpty() ? title
                : violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " problems, first: " + violations.get(0).field() + ": " + violations.get(0).message();
        return new RequestRefused(Reason.INVALID, title, detail, violations);
    }

    public static RequestRefused notFound(String what, String id) {
        return new RequestRefused(Reason.NOT_FOUND, what + " not found", "No " + what + " '" + id + "'");
    }

    public static RequestRefused conflict(String title, String detail) {
        return new RequestRefused(Reason.CONFLICT, title, detail);
    }

    public static RequestRefused forbidden(String detail) {
        return new RequestRefused(Reason.FORBIDDEN, "Forbidden", detail);
    }

    public Reason reason() {
        return reason;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }
}
