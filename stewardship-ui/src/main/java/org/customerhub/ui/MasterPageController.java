package org.customerhub.ui;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.customerhub.common.Json;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.household.HouseholdService;
import org.customerhub.mastering.Conflicts;
import org.customerhub.mastering.CustomerNumbers;
import org.customerhub.mastering.GoldenOverrides;
import org.customerhub.mastering.MasterEvent;
import org.customerhub.mastering.MasterView;
import org.customerhub.mastering.MasteringService;
import org.customerhub.mastering.NotAMatchAssertions;
import org.customerhub.mastering.Survivorship;
import org.customerhub.security.Callers;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The master page: golden record with lineage per value, overrides (pin, unpin), source records, household,
 * not-a-match assertions, and the history as a timeline whose merges a steward can undo, each event linking to
 * the master as it was then. {@code ?at=} shows the master at a moment (read only).
 */
@Controller("/ui/masters/{number}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MasterPageController {
    private final MasteringService mastering;
    private final GoldenOverrides overrides;
    private final HouseholdService households;
    private final NotAMatchAssertions notAMatch;
    private final Survivorship survivorship;
    /** The cross-silo interactions and flags (fragments/interactions.html). */
    private final MasterActivity activity;

    private final CustomerNumbers customerNumbers;

    public MasterPageController(MasteringService mastering, GoldenOverrides overrides, HouseholdService households,
                                NotAMatchAssertions notAMatch, Survivorship survivorship, MasterActivity activity, CustomerNumbers customerNumbers) {
        this.customerNumbers = customerNumbers;
        this.activity = activity;
        this.mastering = mastering;
        this.overrides = overrides;
        this.households = households;
        this.notAMatch = notAMatch;
        this.survivorship = survivorship;
    }

    public record GoldenRow(String attribute, String label, String value, String source, String sourceKey, String rule, boolean pinned) {
    }

    public record OverrideRow(String attribute, String kind, String values, String by, Instant at, String reason) {
    }

    public record HistoryRow(long id, String kind, String actor, Instant at, String reason, boolean undoable, String summary) {
    }

    @Get("{?at,notice}")
    public HttpResponse<?> master(HttpRequest<?> request, String number, @Nullable @QueryValue String at, @Nullable @QueryValue String notice) {
        Pages.require(request, Role.STEWARD);
        customerNumbers.check(number);
        Map<String, Object> model = Pages.model(request);
        MasterView view = at == null ? mastering.view(number) : mastering.viewAt(number, instant(at));
        model.put("master", view);
        model.put("notice", notice);
        model.put("pointInTime", at != null);
        model.put("golden", goldenRows(view));
        model.put("overrides", view.overrides().stream().map(o -> new OverrideRow(o.attribute(), o.kind(),
                String.join(", ", o.values().values()), o.by(), o.at(), o.reason())).toList());
        model.put("units", survivorship.policy().units().stream().map(u -> u.name()).toList());
        if (at == null) {
            model.put("history", historyRows(number));
            model.put("household", view.household() == null ? null : households.view(view.household()));
            model.put("notAMatch", notAMatch.ofMaster(number));
        }
        model.put("activity", activity.of(Callers.of(request), number));
        return Pages.page(request, "master", model);
    }

    @Post("/merges/{eventId}/undo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> undoMerge(HttpRequest<?> request, String number, long eventId, @Body Map<String, String> form) {
        Pages.requireCsrf(request, form);
        Principal steward = Pages.require(request, Role.STEWARD);
        customerNumbers.check(number);
        String reason = Pages.given(form.get("reason"));
        MasteringService.Unmerged done = Conflicts.retried(() -> mastering.undoMerge(number, eventId, steward.name(),
                reason == null ? "merge undone from the master page" : reason));
        return Pages.backWithNotice("/ui/masters/" + done.from(), "Unmerged: " + String.join(", ", done.restoredOrNew())
                + " restored from " + done.from());
    }

    @Post("/pin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> pin(HttpRequest<?> request, String number, @Body Map<String, String> form) {
        Principal steward = overrideForm(request, number, form);
        String attribute = Pages.given(form.get("attribute"));
        String reason = requiredReason(form);
        Long recordId = Pages.given(form.get("record")) == null ? null : recordId(form.get("record"));
        String value = recordId == null ? form.get("value") : null;
        MasterView after = Conflicts.retried(() -> overrides.pin(number, attribute, value, recordId, reason, steward.name()));
        return Pages.backWithNotice("/ui/masters/" + after.customerNumber(), "Pinned " + label(attribute));
    }

    @Post("/unpin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> unpin(HttpRequest<?> request, String number, @Body Map<String, String> form) {
        Principal steward = overrideForm(request, number, form);
        String attribute = Pages.given(form.get("attribute"));
        String reason = requiredReason(form);
        MasterView after = Conflicts.retried(() -> overrides.unpin(number, attribute, reason, steward.name()));
        return Pages.backWithNotice("/ui/masters/" + after.customerNumber(), "Unpinned " + label(attribute));
    }

    /** The checks every override form passes first: its CSRF token, the steward role, a well-formed number. */
    private Principal overrideForm(HttpRequest<?> request, String number, Map<String, String> form) {
        Pages.requireCsrf(request, form);
        Principal steward = Pages.require(request, Role.STEWARD);
        customerNumbers.check(number);
        return steward;
    }

    private List<GoldenRow> goldenRows(MasterView view) {
        Set<String> pinned = new java.util.HashSet<>();
        view.overrides().stream().filter(o -> "PIN".equals(o.kind())).forEach(o -> pinned.add(o.attribute()));
        List<GoldenRow> rows = new ArrayList<>();
        view.golden().forEach((attribute, v) -> rows.add(new GoldenRow(attribute, label(attribute), v.value(), v.source(), v.sourceKey(), v.rule(),
                Survivorship.OVERRIDE_RULE.equals(v.rule()) || pinned.contains(attribute))));
        return rows;
    }

    private List<HistoryRow> historyRows(String number) {
        Set<Long> undoable = mastering.undoableMerges(number);
        List<HistoryRow> rows = new ArrayList<>();
        for (MasterEvent e : mastering.history(number)) {
            Map<String, Object> detail = Json.readMap(e.getDetail());
            rows.add(new HistoryRow(e.getId(), e.getKind(), e.getActor(), e.getAt(), text(detail.get("reason")),
                    undoable.contains(e.getId()), summary(e.getKind(), detail)));
        }
        java.util.Collections.reverse(rows);
        return rows;
    }

    /** What the timeline says besides kind and reason: customer numbers and attribute names, never values. */
    private static String summary(String kind, Map<String, Object> detail) {
        return switch (kind) {
            case "MERGED" -> "absorbed " + detail.get("absorbed");
            case "MERGED_INTO" -> "merged into " + detail.get("survivor");
            case "UNMERGED", "RESTORED" -> "restored " + detail.get("restoredOrNew") + " from " + detail.get("from");
            case "VALUE_PINNED", "VALUE_UNPINNED", "VALUE_VERIFIED" -> label(String.valueOf(detail.get("attribute")));
            case "NOT_A_MATCH_ASSERTED", "NOT_A_MATCH_REVOKED" -> "between " + detail.get("with");
            case "RECORD_LINKED", "CREATED" -> detail.get("source") + " " + detail.get("sourceKey");
            default -> "";
        };
    }

    private static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static String label(String attribute) {
        return attribute == null ? "" : attribute.replace('_', ' ');
    }

    private static String requiredReason(Map<String, String> form) {
        String reason = Pages.given(form.get("reason"));
        if (reason == null) throw RequestRefused.invalid("Give a reason", List.of(new Violation("reason", "say why, for the history")));
        return reason;
    }

    private static long recordId(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw RequestRefused.invalid("Invalid record", List.of(new Violation("record", "choose one of the master's source records")));
        }
    }

    private static Instant instant(String at) {
        try {
            return Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw RequestRefused.invalid("Invalid time", List.of(new Violation("at", "an ISO 8601 instant such as 2026-12-01T10:15:30Z")));
        }
    }
}
