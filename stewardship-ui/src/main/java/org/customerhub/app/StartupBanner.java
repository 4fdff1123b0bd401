package org.customerhub.app;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.customerhub.security.UserAccount;
import org.customerhub.security.UserDirectory;

import java.util.Comparator;

/** Tells the person who started the hub where it is and how to get in. */
@Singleton
public class StartupBanner {
    private final BeanProvider<DemoSetup> demo;
    private final UserDirectory users;
    private final String demoPasswords;

    public StartupBanner(BeanProvider<DemoSetup> demo, UserDirectory users,
                         @Value("${hub.demo.passwords-notice:}") String demoPasswords) {
        this.demo = demo;
        this.users = users;
        this.demoPasswords = demoPasswords;
    }

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        StringBuilder out = new StringBuilder("\n================ customer hub ready ================\n");
        out.append("  Steward UI:  ").append(event.getSource().getURL()).append("/login\n");
        out.append("  API:         ").append(event.getSource().getURL()).append("/api/v1\n");
        out.append("  Users:       ");
        // by role (stewards first), then name: the configuration's order does not survive its binding
        users.all().stream()
                .sorted(Comparator.comparingInt((UserAccount u) ->
                                u.getRoles().stream().mapToInt(Enum::ordinal).min().orElse(Integer.MAX_VALUE))
                        .thenComparing(UserAccount::getUsername))
                .forEach(u -> out.append(u.getUsername()).append(' ').append(u.getRoles()).append("  "));
        out.append('\n');
        if (!demoPasswords.isBlank()) out.append("  Passwords:   ").append(demoPasswords).append('\n');
        if (demo.isPresent()) {
            DemoSetup setup = demo.get();
            if (!setup.loaded().isEmpty()) out.append("  Demo load:   ").append(setup.loaded()).append('\n');
            out.append("  Source tokens (new at every start, shown once):\n");
            setup.tokens().forEach((code, token) -> out.append("    ").append(code).append(": ").append(token).append('\n'));
        }
        out.append("====================================================\n");
        System.out.println(out);
    }
}
