package org.customerhub.security;

import io.micronaut.http.HttpRequest;
import org.customerhub.common.RequestRefused;

import java.util.Optional;

/** Reads the caller that the authentication filter attached to the request. */
public final class Callers {
    static final String PRINCIPAL = "hub.principal";
    static final String SESSION = "hub.session";

    private Callers() {
    }

    public static Principal of(HttpRequest<?> request) {
        return request.getAttribute(PRINCIPAL, Principal.class)
                .orElseThrow(() -> new RequestRefused(RequestRefused.Reason.UNAUTHENTICATED, "Unauthenticated", "Log in or send a token"));
    }

    public static Optional<UiSession> session(HttpRequest<?> request) {
        return request.getAttribute(SESSION, UiSession.class);
    }

    public static Principal requireRole(HttpRequest<?> request, Role role) {
        Principal p = of(request);
        if (!p.has(role)) throw RequestRefused.forbidden("This needs the " + role.name().toLowerCase().replace('_', ' ') + " role");
        return p;
    }
}
