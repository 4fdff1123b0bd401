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

    /** Checked against a dummy hash for unknown users too, so the answer time does not tell which names exist. */
    private static final String UNKNOWN_USER_HASH = PasswordHasher.hash("unknown-user-" + System.nanoTime());

    public Optional<Principal> authenticate(String username, String password) {
        Optional<UserAccount> account = find(username);
        boolean matches = PasswordHasher.matches(password, account.map(UserAccount::getPasswordHash).orElse(UNKNOWN_USER_HASH));
        return account.filter(a -> matches)
                .map(a -> Principal.user(a.getUsername(), a.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(a.getRoles())));
    }

    public Optional<UserAccount> find(String username) {
        return accounts.stream().filter(a -> a.getUsername() != null && a.getUsername().equals(username)).findFirst();
    }

    public List<UserAccount> all() {
        return accounts;
    }
}
