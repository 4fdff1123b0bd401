package org.customerhub.ui;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import org.customerhub.common.RequestRefused;
import org.customerhub.security.Callers;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.security.SessionStore;
import org.customerhub.security.UiSession;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** What every page needs: the logged-in user, the CSRF token for its forms, and role checks. */
final class Pages {
    private static final Formats FORMATS = new Formats();
    private static final Pattern LOCAL_PATH = Pattern.compile("/ui(/[A-Za-z0-9._~-]*)*(\\?[A-Za-z0-9._~=&%+-]*)?");

    private Pages() {
    }

    static Map<String, Object> model(HttpRequest<?> request) {
        Map<String, Object> model = new HashMap<>();
        model.put("fmt", FORMATS);
        Callers.session(request).ifPresent(s -> model.put("csrf", s.csrfToken()));
        request.getAttribute("hub.principal", Principal.class).ifPresent(p -> {
            model.put("user", p.name());
            model.put("isSteward", p.has(Role.STEWARD));
            model.put("isLead", p.has(Role.STEWARD_LEAD));
            model.put("isAdmin", p.has(Role.ADMIN));
            model.put("isCommittee", p.has(Role.COMMITTEE));
        });
        return model;
    }

    /** A local UI path to return to after a form, or the fallback: forms must not become open redirects. */
    static String localPath(String path, String fallback) {
        return path != null && LOCAL_PATH.matcher(path).matches() ? path : fallback;
    }

    /** Back to the page the form was on, with a message for the user (replacing an earlier one). */
    static MutableHttpResponse<?> backWithNotice(String back, String notice) {
        String withoutNotice = back.replaceAll("([?&])notice=[^&]*&?", "$1").replaceAll("[?&]$", "");
        String separator = withoutNotice.contains("?") ? "&" : "?";
        return HttpResponse.seeOther(URI.create(withoutNotice + separator + "notice=" + URLEncoder.encode(notice, StandardCharsets.UTF_8)));
    }

    /**
     * Puts the page number (clamped to the pages there are), the page count and whether a next page exists into the
     * model; returns the clamped page.
     */
    static int paging(Map<String, Object> model, int requested, long total, int size) {
        int page = (int) Math.max(0, Math.min(requested, Math.max(0, (total - 1) / size)));
        model.put("total", total);
        model.put("page", page);
        model.put("pages", Math.max(1, (total + size - 1) / size));
        model.put("hasNext", (long) (page + 1) * size < total);
        return page;
    }

    /** The decision a form's button sent, one of the constants of the type; anything else is refused naming the field. */
    static <E extends Enum<E>> E decision(Map<String, String> form, Class<E> type) {
        try {
            return Enum.valueOf(type, form.getOrDefault("decision", ""));
        } catch (IllegalArgumentException e) {
            throw RequestRefused.invalid("Choose a decision", java.util.List.of(new org.customerhub.common.Violation("decision",
                    "must be one of " + java.util.Arrays.toString(type.getEnumConstants()))));
        }
    }

    /** A blank form field or query parameter means "not given". */
    static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static volatile ErrorPages renderer;

    static void renderWith(ErrorPages pages) {
        renderer = pages;
    }

    /** A page rendered now, in the controller: a template error is an error answer, never a hung connection. */
    static MutableHttpResponse<?> page(HttpRequest<?> request, String view, Map<String, Object> model) {
        return renderer.page(request, io.micronaut.http.HttpStatus.OK, view, model);
    }

    static Principal require(HttpRequest<?> request, Role role) {
        return Callers.requireRole(request, role);
    }

    /** Every state-changing form carries the session's token; a forged cross-site post does not have it. */
    static UiSession requireCsrf(HttpRequest<?> request, Map<String, String> form) {
        UiSession session = Callers.session(request).orElse(null);
        if (!SessionStore.csrfMatches(session, form.get("_csrf"))) {
            throw RequestRefused.forbidden("The form has expired or did not come from this site; reload the page and try again");
        }
        return session;
    }

    static Cookie sessionCookie(HttpRequest<?> request, UiSession session) {
        return Cookie.of(SessionStore.COOKIE, session.id()).httpOnly(true).path("/").sameSite(SameSite.Lax)
                .secure(request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto")));
    }
}
