package org.customerhub.cleansing;

import java.time.Duration;

/**
 * A token bucket: at most {@code permitsPerSecond} calls a second on average, bursts of up to {@code burst}. A caller
 * waits for its permit only as long as it is willing to; past that it is refused, so a batch slows down to the
 * vendor's contract instead of being refused by the vendor with 429. Thread-safe.
 */
public final class RateLimiter {
    private final double permitsPerSecond;
    private final double burst;
    private double tokens;
    private long lastRefillNanos;

    public RateLimiter(double permitsPerSecond, int burst) {
        if (permitsPerSecond <= 0 || burst < 1) throw new IllegalArgumentException("rate limit needs a positive rate and a burst of at least 1");
        this.permitsPerSecond = permitsPerSecond;
        this.burst = burst;
        this.tokens = burst;
        this.lastRefillNanos = System.nanoTime();
    }

    /** Takes a permit, waiting at most {@code maxWait} for it; false (and nothing taken) when it would take longer. */
    public boolean tryAcquire(Duration maxWait) {
        long waitNanos = reserve(maxWait.toNanos());
        if (waitNanos < 0) return false;
        if (waitNanos > 0) {
            try {
                Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Reserves the next permit; how long until it is due, or -1 when that is longer than allowed. */
    private synchronized long reserve(long maxWaitNanos) {
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - lastRefillNanos) / 1e9 * permitsPerSecond);
        lastRefillNanos = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        long wait = (long) Math.ceil((1 - tokens) / permitsPerSecond * 1e9);
        if (wait > maxWaitNanos) return -1;
        tokens -= 1;
        return wait;
    }
}
