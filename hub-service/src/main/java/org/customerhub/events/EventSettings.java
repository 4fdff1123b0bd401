package org.customerhub.events;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;

/** {@code hub.events}: retries with back-off, the delivery timeout, and which hosts may be called over plain http. */
@Singleton
public class EventSettings {
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final int maxAttempts;
    private final Duration timeout;
    private final List<String> httpHosts;

    public EventSettings(@Value("${hub.events.retry.initial-backoff:5s}") Duration initialBackoff,
                         @Value("${hub.events.retry.max-backoff:10m}") Duration maxBackoff,
                         @Value("${hub.events.retry.max-attempts:8}") int maxAttempts,
                         @Value("${hub.events.delivery-timeout:10s}") Duration timeout,
                         @Value("${hub.events.allow-http-hosts:localhost,127.0.0.1}") List<String> httpHosts) {
        if (maxAttempts < 1) throw new IllegalStateException("hub.events.retry.max-attempts: at least 1");
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.maxAttempts = maxAttempts;
        this.timeout = timeout;
        this.httpHosts = httpHosts.stream().map(String::strip).toList();
    }

    /** The wait before attempt {@code attempts + 1}: doubling from the initial back-off, capped. */
    Duration backoffAfter(int attempts) {
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    int maxAttempts() {
        return maxAttempts;
    }

    Duration timeout() {
        return timeout;
    }

    boolean allowsHttp(String host) {
        return httpHosts.contains(host);
    }
}
