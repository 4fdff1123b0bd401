package org.customerhub.security;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

import java.util.List;

/** A person who logs in (steward, committee member, admin), configured under hub.security.users. */
@EachProperty(value = "hub.security.users", list = true)
public class UserAccount {
    private final int index;
    private String username;
    private String displayName;
    private String passwordHash;
    private List<Role> roles = List.of();

    public UserAccount(@Parameter Integer index) {
        this.index = index;
    }

    public int getIndex() { return index; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName == null ? username : displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> roles) { this.roles = List.copyOf(roles); }
}
