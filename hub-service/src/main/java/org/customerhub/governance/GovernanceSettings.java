package org.customerhub.governance;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The committee (hub.governance): who votes, who chairs, how many approvals carry a proposal, when voters are
 * reminded and when the vote closes and goes to the chair. Checked at start: a bad value would fail every proposal.
 */
@Singleton
public class GovernanceSettings {
    private final List<String> committee;
    private final String chair;
    private final int quorum;
    private final String reminderAfter;
    private final String voteDuration;

    public GovernanceSettings(@Value("${hub.governance.committee:[]}") List<String> committee,
                              @Value("${hub.governance.chair:}") String chair,
                              @Value("${hub.governance.quorum:2}") int quorum,
                              @Value("${hub.governance.reminder-after:P5D}") String reminderAfter,
                              @Value("${hub.governance.vote-duration:P7D}") String voteDuration) {
        this.committee = List.copyOf(committee);
        this.chair = chair;
        this.quorum = quorum;
        if (quorum < 1) throw new IllegalStateException("hub.governance.quorum must be at least 1, not " + quorum);
        if (toDuration("hub.governance.reminder-after", reminderAfter).compareTo(toDuration("hub.governance.vote-duration", voteDuration)) >= 0)
            throw new IllegalStateException("hub.governance.reminder-after must be shorter than hub.governance.vote-duration");
        this.reminderAfter = reminderAfter;
        this.voteDuration = voteDuration;
    }

    public List<String> committee() {
        return committee;
    }

    public String chair() {
        return chair;
    }

    public int quorum() {
        return quorum;
    }

    public String reminderAfter() {
        return reminderAfter;
    }

    public String voteDuration() {
        return voteDuration;
    }

    public Duration voteLength() {
        return toDuration("hub.governance.vote-duration", voteDuration);
    }

    /** ISO 8601: P7D, PT12H, P1DT6H. */
    static Duration toDuration(String key, String value) {
        try {
            if (value.contains("T")) return Duration.parse(value);
            Period period = Period.parse(value);
            if (period.getYears() != 0 || period.getMonths() != 0) throw new DateTimeParseException("months", value, 0);
            return Duration.ofDays(period.getDays());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(key + " must be an ISO 8601 duration in days or hours such as P7D or PT12H, not '" + value + "'", e);
        }
    }
}
