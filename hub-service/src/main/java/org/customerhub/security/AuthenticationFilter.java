package org.customerhub.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.api.Problems;
import org.customerhub.source.SourceRegistry;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Who is calling. The API takes a source's bearer token or a user's HTTP Basic credentials, never the browser
 * session (so a logged-in browser cannot be tricked into API writes). The UI takes the session cookie and sends
 * anonymous visitors to the login page. What each caller may do is checked by the services.
 */
@ServerFilter("/**")
public class AuthenticationFilter {
    private final SourceRegistry sources;
    private final UserDirectory users;
    private final SessionStore sessions;

    public AuthenticationFilter(SourceRegistry sources, UserDirectory users, SessionStore sessions) {
        this.sources = sources;
        this.users = users;
        this.sessions = sessions;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> authenticate(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.startsWith("/api/")) return api(request);
        Optional<UiSession> session = request.getCookies().findCookie(SessionStore.COOKIE).map(Cookie::getValue).flatMap(sessions::find);
        session.ifPresent(s -> {
            request.setAttribute(Callers.SESSION, s);
            if (s.principal() != null) request.setAttribute(Callers.PRINCIPAL, s.principal());
        });
        if (path.startsWith("/ui") && session.map(UiSession::principal).isEmpty()) {
            String next = URLEncoder.encode(path, StandardCharsets.UTF_8);
            return HttpResponse.seeOther(URI.create("/login?next=" + next));
        }
        return null;
    }

    private HttpResponse<?> api(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return unauthorized(request, "Send 'Authorization: Bearer <source token>' or HTTP Basic credentials of a hub user");
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<String> source = sources.authenticate(header.substring(7).strip());
            if (source.isEmpty()) return unauthorized(request, "Unknown or revoked source token");
            request.setAttribute(Callers.PRINCIPAL, Principal.source(source.get()));
            return null;
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return unauthorized(request, "Malformed Basic credentials");
            }
            int colon = decoded.indexOf(':');
            Optional<Principal> user = colon < 0 ? Optional.empty()
                    : users.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
            if (user.isEmpty()) return unauthorized(request, "Wrong user name or password");
            request.setAttribute(Callers.PRINCIPAL, user.get());
            return null;
        }
        return unauthorized(request, "Unsupported authorization scheme; use Bearer or Basic");
    }

    private static HttpResponse<?> unauthorized(HttpRequest<?> request, String detail) {
        return Problems.of(HttpStatus.UNAUTHORIZED, "Unauthenticated", detail, List.of(), request.getPath())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"customer-hub\"");
    }
}
