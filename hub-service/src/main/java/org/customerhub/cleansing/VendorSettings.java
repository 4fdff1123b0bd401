package org.customerhub.cleansing;

import java.time.Duration;

/**
 * How the hub talks to the cleansing vendor ({@code hub.cleansing.vendor}): where, with which key, and how patiently.
 *
 * @param maxAttempts    calls per request, the first included; retried are timeouts, connection errors, 5xx and 429
 * @param initialBackoff wait before the second attempt; doubled for each further attempt, up to {@code maxBackoff}
 *                       (a 429's Retry-After is honoured up to {@code maxBackoff} as well)
 */
public record VendorSettings(String name, String url, String key, Duration connectTimeout, Duration requestTimeout,
                             int maxAttempts, Duration initialBackoff, Duration maxBackoff,
                             int failureThreshold, Duration openFor,
                             double permitsPerSecond, int burst, Duration maxWaitForPermit) {
    public VendorSettings {
        if (name == null || !name.matches("[a-z0-9-]{2,30}"))
            throw new IllegalStateException("hub.cleansing.vendor.name must be 2 to 30 lower-case letters, digits or dashes");
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://")))
            throw new IllegalStateException("hub.cleansing.vendor.url must be an http(s) URL");
        if (maxAttempts < 1) throw new IllegalStateException("hub.cleansing.vendor.max-attempts must be at least 1");
    }
}
