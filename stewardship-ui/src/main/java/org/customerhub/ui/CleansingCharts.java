package org.customerhub.ui;

import org.customerhub.cleansing.DataQuality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data-quality view's charts as the template draws them in SVG: bars with their label, count and length in
 * pixels, scaled to the largest bar of the chart. Server-rendered, so the page needs no script and no network.
 */
public final class CleansingCharts {
    static final int WIDTH = 320;

    private CleansingCharts() {
    }

    public record Bar(String label, long count, int length, String tone) {
    }

    public record Chart(String id, String title, List<Bar> bars) {
        /** Height of the SVG: one row per bar. */
        public int height() {
            return Math.max(1, bars.size()) * 24;
        }
    }

    /** The three charts of one source: what became of changed values, result statuses, dominant codes. */
    public record SourceCharts(DataQuality.SourceQuality quality, List<Chart> charts) {
    }

    static List<SourceCharts> of(List<DataQuality.SourceQuality> sources) {
        return sources.stream().map(q -> new SourceCharts(q, List.of(
                chart("outcomes-" + q.source(), "Changed values by outcome", outcomes(q)),
                chart("statuses-" + q.source(), "Checked values by result status", tones(q.statuses())),
                chart("codes-" + q.source(), "Dominant codes", codes(q))))).toList();
    }

    private static Map<String, Long> outcomes(DataQuality.SourceQuality q) {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        outcomes.put("accepted", q.valuesAccepted());
        outcomes.put("rejected", q.valuesRejected());
        outcomes.put("waiting", q.valuesWaiting());
        outcomes.put("superseded", q.valuesByOutcome().getOrDefault("SUPERSEDED", 0L));
        return outcomes;
    }

    private static Map<String, Long> tones(Map<String, Long> statuses) {
        return new LinkedHashMap<>(statuses);
    }

    private static Map<String, Long> codes(DataQuality.SourceQuality q) {
        Map<String, Long> codes = new LinkedHashMap<>();
        q.topCodes().forEach(c -> codes.put(c.code(), c.count()));
        return codes;
    }

    private static Chart chart(String id, String title, Map<String, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        counts.forEach((label, count) -> bars.add(new Bar(label, count, max == 0 ? 0 : (int) Math.max(count > 0 ? 2 : 0, count * WIDTH / max),
                tone(label))));
        return new Chart(id.replaceAll("[^A-Za-z0-9_-]", "-"), title, bars);
    }

    private static String tone(String label) {
        return switch (label) {
            case "accepted", "verified" -> "good";
            case "rejected", "conflict", "unverified", "reverted" -> "bad";
            case "waiting", "partially_verified", "ambiguous" -> "mid";
            default -> "plain";
        };
    }
}
