package org.customerhub.security;

/** What a person logged in to the hub may do. A source system is not a role: it authenticates with its token. */
public enum Role {
    STEWARD, STEWARD_LEAD, COMMITTEE, ADMIN
}
