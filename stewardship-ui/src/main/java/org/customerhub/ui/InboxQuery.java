package org.customerhub.ui;

import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.stewardship.ReviewWorkflow.Deferral;
import org.customerhub.stewardship.ReviewWorkflow.TaskFilter;
import org.customerhub.stewardship.ReviewWorkflow.TaskKind;
import org.customerhub.stewardship.ReviewWorkflow.TaskOrder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inbox's tab, filters and sort as the URL carries them, so that every view of the inbox can be bookmarked
 * and the pager and tabs keep the other choices. A null filter does not filter. (Not "band": OGNL reads that as
 * an operator in templates.)
 */
public record InboxQuery(String tab, String source, String scoreBand, String type, String queue, String sort) {
    static final Map<String, TaskOrder> SORTS = Map.of("oldest", TaskOrder.OLDEST, "newest", TaskOrder.NEWEST,
            "likely", TaskOrder.MOST_LIKELY, "unlikely", TaskOrder.LEAST_LIKELY);
    static final Map<String, TaskKind> TYPES = Map.of("review", TaskKind.REVIEW, "second", TaskKind.SECOND_APPROVAL);
    static final List<String> TABS = List.of("mine", "unassigned", "all", "deferred");
    static final List<String> BANDS = List.of("high", "medium", "low");

    static InboxQuery parse(String tab, String source, String band, String type, String queue, String sort) {
        InboxQuery q = new InboxQuery(orDefault(tab, "all"), Pages.given(source), Pages.given(band), Pages.given(type),
                Pages.given(queue), orDefault(sort, "oldest"));
        q.validate();
        return q;
    }

    private void validate() {
        if (!TABS.contains(tab)) refuse("tab", tab, "mine, unassigned, all or deferred");
        if (scoreBand != null && !BANDS.contains(scoreBand)) refuse("band", scoreBand, "high, medium or low");
        if (type != null && !TYPES.containsKey(type)) refuse("type", type, "review or second");
        if (!SORTS.containsKey(sort)) refuse("sort", sort, "oldest, newest, likely or unlikely");
        if (source != null && source.length() > 100) refuse("source", source.substring(0, 20) + "…", "a source code");
        if (queue != null && queue.length() > 100) refuse("queue", queue.substring(0, 20) + "…", "a queue of the routing table");
    }

    private static void refuse(String field, String value, String expected) {
        throw RequestRefused.invalid("Unknown inbox filter", List.of(new Violation(field, "'" + value + "' is not one of " + expected)));
    }

    TaskFilter filter(String user) {
        TaskFilter base = new TaskFilter(null, false, source, scoreBand, type == null ? null : TYPES.get(type), queue,
                tab.equals("deferred") ? Deferral.DEFERRED : Deferral.DUE);
        return switch (tab) {
            case "mine" -> base.mine(user);
            case "unassigned" -> base.unassignedOnly();
            default -> base;
        };
    }

    TaskOrder order() {
        return SORTS.get(sort);
    }

    InboxQuery withTab(String otherTab) {
        return new InboxQuery(otherTab, source, scoreBand, type, queue, sort);
    }

    InboxQuery withQueue(String otherQueue) {
        return new InboxQuery(tab, source, scoreBand, type, otherQueue, sort);
    }

    /** Whether any filter beyond the tab is set, so that the page can offer to clear them. */
    public boolean filtered() {
        return source != null || scoreBand != null || type != null || queue != null;
    }

    /** The inbox URL of this query at a page; defaults are left out to keep URLs short. */
    public String link(int page) {
        Map<String, String> params = new LinkedHashMap<>();
        if (!tab.equals("all")) params.put("tab", tab);
        if (source != null) params.put("source", source);
        if (scoreBand != null) params.put("band", scoreBand);
        if (type != null) params.put("type", type);
        if (queue != null) params.put("queue", queue);
        if (!sort.equals("oldest")) params.put("sort", sort);
        if (page > 0) params.put("page", String.valueOf(page));
        StringBuilder url = new StringBuilder("/ui/inbox");
        params.forEach((k, v) -> url.append(url.indexOf("?") < 0 ? '?' : '&').append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return url.toString();
    }

    private static String orDefault(String value, String fallback) {
        String v = Pages.given(value);
        return v == null ? fallback : v;
    }
}
