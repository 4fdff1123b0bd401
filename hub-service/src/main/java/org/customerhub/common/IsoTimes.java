package org.customerhub.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Points in time as clients write them: an ISO 8601 instant, or a date meaning the start of that day in UTC. */
public final class IsoTimes {
    public static final String EXPECTED = "an ISO 8601 instant (2027-01-01T00:00:00Z) or date (2027-01-01)";

    private IsoTimes() {
    }

    /** Throws {@link DateTimeParseException} for anything else. */
    public static Instant parse(String value) {
        return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
    }
}
