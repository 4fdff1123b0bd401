package org.customerhub.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formatting for templates (as {@code fmt}): times are shown in UTC, the hub's one clock. */
public final class Formats {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public String time(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    public String exactTime(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }

    /** How long ago, coarse enough to read at a glance: "3 d 4 h", "5 h 10 min", "12 min". */
    public String age(Instant since) {
        if (since == null) return "";
        long minutes = Math.max(0, Duration.between(since, Instant.now()).toMinutes());
        if (minutes >= 24 * 60) return minutes / (24 * 60) + " d " + minutes % (24 * 60) / 60 + " h";
        if (minutes >= 60) return minutes / 60 + " h " + minutes % 60 + " min";
        return minutes + " min";
    }

    public String percent(double fraction) {
        return String.format("%.1f %%", fraction * 100);
    }
}
