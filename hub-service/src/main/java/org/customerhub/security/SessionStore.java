package org.customerhub.security;

import jakarta.inject.Singleton;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory browser sessions. A new session id is issued at login (no fixation); idle sessions expire.
 * Sessions are per node: a load balancer in front of several hubs needs sticky sessions for the UI.
 */
@Singleton
public class SessionStore {
    public static final String COOKIE = "HUBSESSION";
    private static final Duration IDLE = Duration.ofHours(8);
    /** A visitor who only opened the login page: kept briefly, and never more than the cap. */
    private static final Duration ANONYMOUS_IDLE = Duration.ofMinutes(30);
    private static final int MAX_SESSIONS = 20_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, UiSession> sessions = new ConcurrentHashMap<>();

    public UiSession anonymous() {
        return put(null);
    }

    public UiSession login(Principal principal, String previousId) {
        if (previousId != null) sessions.remove(previousId);
        return put(principal);
    }

    public Optional<UiSession> find(String id) {
        if (id == null) return Optional.empty();
        UiSession s = sessions.get(id);
        if (s == null) return Optional.empty();
        if (expired(s, Instant.now())) {
            sessions.remove(id);
            return Optional.empty();
        }
        s.touch();
        return Optional.of(s);
    }

    private static boolean expired(UiSession s, Instant now) {
        return s.lastSeen().plus(s.principal() == null ? ANONYMOUS_IDLE : IDLE).isBefore(now);
    }

    int size() {
        return sessions.size();
    }

    public void logout(String id) {
        if (id != null) sessions.remove(id);
    }

    public static boolean csrfMatches(UiSession session, String submitted) {
        return session != null && submitted != null && MessageDigest.isEqual(
                session.csrfToken().getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }

    private UiSession put(Principal principal) {
        if (sessions.size() >= MAX_SESSIONS) {
            Instant now = Instant.now();
            sessions.values().removeIf(s -> expired(s, now));
            // still full: drop anonymous sessions first, a flood of login-page visits must not lock people out
            if (sessions.size() >= MAX_SESSIONS) sessions.values().removeIf(s -> s.principal() == null);
        }
        UiSession s = new UiSession(random(), random(), principal);
        sessions.put(s.id(), s);
        return s;
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
