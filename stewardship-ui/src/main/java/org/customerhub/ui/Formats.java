package org.customerhub.ui;

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

    public String percent(double fraction) {
        return String.format("%.1f %%", fraction * 100);
    }
}
