package org.customerhub.ui;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.security.Callers;
import org.customerhub.stewardship.StewardshipDashboard;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The stewards' dashboard: open work by queue and age, decisions per day, matching outcomes, suspects per source. */
@Controller("/ui/dashboard")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DashboardController {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final Map<String, String> OUTCOMES = Map.of("AUTO_LINK", "auto-link", "REVIEW", "review", "NEW_MASTER", "new master");
    private final StewardshipDashboard dashboard;

    public DashboardController(StewardshipDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @Get
    public HttpResponse<?> show(HttpRequest<?> request) {
        StewardshipDashboard.Figures f = dashboard.figures(Callers.of(request));
        Map<String, Object> model = Pages.model(request);
        model.put("f", f);
        model.put("ageLabels", StewardshipDashboard.AGE_LABELS);
        List<String> queues = f.openByQueue().keySet().stream().map(q -> q.isEmpty() ? "no queue" : q).toList();
        model.put("age", Charts.stackedColumns(queues, StewardshipDashboard.AGE_LABELS, f.openByQueue().values().toArray(long[][]::new)));
        model.put("queues", queues);
        List<StewardshipDashboard.Day> days = f.decisions();
        model.put("perDay", Charts.stackedColumns(days.stream().map(d -> DAY.format(d.day())).toList(), List.of("approved", "not a match"),
                days.stream().map(d -> new long[] {d.approved(), d.rejected()}).toArray(long[][]::new)));
        model.put("outcomes", Charts.shares(labelled(f.outcomes())));
        model.put("recentOutcomes", Charts.shares(labelled(f.recentOutcomes())));
        model.put("suspects", Charts.bars(f.suspects()));
        return Pages.page(request, "dashboard", model);
    }

    private static Map<String, Long> labelled(Map<String, Long> outcomes) {
        Map<String, Long> out = new LinkedHashMap<>();
        outcomes.forEach((k, v) -> out.put(OUTCOMES.getOrDefault(k, k), v));
        return out;
    }
}
