package org.customerhub.security;

import jakarta.inject.Singleton;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** The configured users; checks passwords against their PBKDF2 hashes. */
@Singleton
public class UserDirectory {
    private final List<UserAccount> accounts;

    public UserDirectory(List<UserAccount> accounts) {
        this.accounts = List.copyOf(accounts);
    }

    public Optional<Principal> authenticate(String username, String password) {
        return find(username)
                .filter(a -> PasswordHasher.matches(password, a.getPasswordHash()))
                .map(a -> Principal.user(a.getUsername(), a.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(a.getRoles())));
    }

    public Optional<UserAccount> find(String username) {
        return accounts.stream().filter(a -> a.getUsername() != null && a.getUsername().equals(username)).findFirst();
    }

    public List<UserAccount> all() {
        return accounts;
    }
}
