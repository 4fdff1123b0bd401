package org.customerhub.security;

import java.util.Set;

/**
 * Who is calling: a logged-in person with roles, or a source system with its token. Services receive it to
 * check what the caller may do and to audit who did it.
 */
public record Principal(String name, Kind kind, Set<Role> roles, String sourceCode) {
    public enum Kind { USER, SOURCE }

    public static Principal user(String name, Set<Role> roles) {
        return new Principal(name, Kind.USER, Set.copyOf(roles), null);
    }

    public static Principal source(String code) {
        return new Principal("source:" + code, Kind.SOURCE, Set.of(), code);
    }

    /** The hub itself (demo loading, background jobs). */
    public static Principal system(String what) {
        return new Principal("system:" + what, Kind.USER, Set.of(Role.ADMIN), null);
    }

    public boolean has(Role role) {
        return roles.contains(role) || (role == Role.STEWARD && roles.contains(Role.STEWARD_LEAD));
    }

    public boolean isSource(String code) {
        return kind == Kind.SOURCE && code.equals(sourceCode);
    }
}
