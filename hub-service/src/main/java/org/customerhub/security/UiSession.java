package org.customerhub.security;

import java.time.Instant;

/** A browser session: who is logged in (null before login) and the token that every form must carry back. */
public final class UiSession {
    private final String id;
    private final String csrfToken;
    private final Principal principal;
    private volatile Instant lastSeen;

    UiSession(String id, String csrfToken, Principal principal) {
        this.id = id;
        this.csrfToken = csrfToken;
        this.principal = principal;
        this.lastSeen = Instant.now();
    }

    public String id() { return id; }
    public String csrfToken() { return csrfToken; }
    public Principal principal() { return principal; }
    Instant lastSeen() { return lastSeen; }
    void touch() { lastSeen = Instant.now(); }
}
