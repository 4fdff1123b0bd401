package org.customerhub.stewardship;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.common.RequestRefused;
import org.customerhub.matching.MatchOutcome;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.source.SourceInfo;
import org.customerhub.source.SourceRegistry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the stewards' dashboard: open work by queue and age (from the engine's task queries), decisions
 * per day (merge_review), how matching decided (match_decision: auto-link, review, new master) and how many
 * duplicate suspects wait per source. Counts only, never records: the dashboard shows no personal data.
 */
@Singleton
public class StewardshipDashboard {
    /** Upper bounds of the age spans; the last span holds everything older. */
    public static final List<Duration> AGE_BOUNDS = List.of(Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7));
    public static final List<String> AGE_LABELS = List.of("under 1 day", "1–2 days", "2–7 days", "over 7 days");
    public static final int DAYS = 14;
    private final ReviewWorkflow workflow;
    private final MergeReviewRepository reviews;
    private final MatchOutcomeCounts outcomes;
    private final SourceRegistry sources;

    public StewardshipDashboard(ReviewWorkflow workflow, MergeReviewRepository reviews, MatchOutcomeCounts outcomes,
                                SourceRegistry sources) {
        this.workflow = workflow;
        this.reviews = reviews;
        this.outcomes = outcomes;
        this.sources = sources;
    }

    /** Decisions of one day (UTC). */
    public record Day(LocalDate day, long approved, long rejected) {
    }

    /**
     * @param openByQueue  per queue ("" for tasks without one), open tasks per span of {@link #AGE_LABELS}
     * @param outcomes     matching outcomes (AUTO_LINK, REVIEW, NEW_MASTER) since the start
     * @param recentOutcomes the same over the last 7 days
     * @param suspects     open review tasks per source of the new record, largest first
     */
    public record Figures(Map<String, long[]> openByQueue, long open, long deferred, List<Day> decisions,
                          Map<String, Long> outcomes, Map<String, Long> recentOutcomes, Map<String, Long> suspects) {
    }

    @Transactional
    public Figures figures(Principal reader) {
        if (!reader.has(Role.STEWARD) && !reader.has(Role.ADMIN)) {
            throw RequestRefused.forbidden("The dashboard is for stewards, steward leads and admins");
        }
        Instant now = Instant.now();
        Map<String, Long> all = new LinkedHashMap<>();
        Map<String, Long> recent = new LinkedHashMap<>();
        for (MatchOutcome o : MatchOutcome.values()) {
            all.put(o.name(), outcomes.countByOutcome(o.name()));
            recent.put(o.name(), outcomes.countByOutcomeAndDecidedAtGreaterThanEquals(o.name(), now.minus(Duration.ofDays(7))));
        }
        Map<String, Long> suspects = new LinkedHashMap<>();
        ReviewWorkflow.TaskFilter any = ReviewWorkflow.TaskFilter.ALL;
        sources.list().stream().map(SourceInfo::code)
                .map(code -> Map.entry(code, workflow.countOpenTasks(new ReviewWorkflow.TaskFilter(null, false, code, null, null, null,
                        ReviewWorkflow.Deferral.ANY))))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> suspects.put(e.getKey(), e.getValue()));
        return new Figures(workflow.countOpenTasksByAge(AGE_BOUNDS), workflow.countOpenTasks(any),
                workflow.countOpenTasks(any.with(ReviewWorkflow.Deferral.DEFERRED)), decisions(now), all, recent, suspects);
    }

    private List<Day> decisions(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate first = today.minusDays(DAYS - 1);
        Instant since = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        long[] approved = perDay(reviews.findDecidedAtByStatusAndDecidedAtGreaterThanEquals(MergeReview.Status.APPROVED.name(), since), first);
        long[] rejected = perDay(reviews.findDecidedAtByStatusAndDecidedAtGreaterThanEquals(MergeReview.Status.REJECTED.name(), since), first);
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) days.add(new Day(first.plusDays(i), approved[i], rejected[i]));
        return days;
    }

    private static long[] perDay(List<Instant> times, LocalDate first) {
        long[] counts = new long[DAYS];
        for (Instant t : times) {
            long day = LocalDate.ofInstant(t, ZoneOffset.UTC).toEpochDay() - first.toEpochDay();
            if (day >= 0 && day < DAYS) counts[(int) day]++;
        }
        return counts;
    }
}
