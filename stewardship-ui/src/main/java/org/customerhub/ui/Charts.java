package org.customerhub.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Server-rendered SVG charts: the geometry is computed here and the template draws rectangles and labels, so the
 * dashboard needs no script and no library (the hub runs offline). Each shape carries its value as a tooltip.
 */
public final class Charts {
    static final int WIDTH = 640;

    private Charts() {
    }

    public record Rect(double x, double y, double width, double height, String css, String title) {
    }

    public record Text(double x, double y, String text, String anchor, String css) {
    }

    /** @param legend series name to its css class, in drawing order */
    public record Chart(int width, int height, List<Rect> rects, List<Text> texts, Map<String, String> legend) {
    }

    /**
     * Columns for the categories, each stacked from the series' values ({@code values[category][series]}); the
     * series' css classes are {@code s0}, {@code s1}, ...
     */
    static Chart stackedColumns(List<String> categories, List<String> series, long[][] values) {
        int height = 220;
        double top = 16;
        double bottom = height - 36;
        double left = 36;
        long max = 1;
        for (long[] column : values) {
            long sum = 0;
            for (long v : column) sum += v;
            max = Math.max(max, sum);
        }
        double slot = (WIDTH - left) / Math.max(1, categories.size());
        double barWidth = Math.min(48, slot * 0.7);
        List<Rect> rects = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        texts.add(new Text(left - 6, top + 4, String.valueOf(max), "end", "axis"));
        texts.add(new Text(left - 6, bottom, "0", "end", "axis"));
        for (int c = 0; c < categories.size(); c++) {
            double x = left + c * slot + (slot - barWidth) / 2;
            double y = bottom;
            long sum = 0;
            for (int s = 0; s < series.size(); s++) {
                long v = values[c][s];
                sum += v;
                if (v == 0) continue;
                double h = (bottom - top) * v / max;
                y -= h;
                rects.add(new Rect(x, y, barWidth, h, "s" + s, categories.get(c) + ", " + series.get(s) + ": " + v));
            }
            texts.add(new Text(x + barWidth / 2, bottom + 14, categories.get(c), "middle", "axis"));
            if (sum > 0) texts.add(new Text(x + barWidth / 2, y - 4, String.valueOf(sum), "middle", "value"));
        }
        return new Chart(WIDTH, height, rects, texts, legend(series));
    }

    /** One horizontal bar per entry, longest = full width, label on the left and the value on the right. */
    static Chart bars(Map<String, Long> values) {
        double left = 150;
        double row = 26;
        long max = Math.max(1, values.values().stream().mapToLong(Long::longValue).max().orElse(1));
        List<Rect> rects = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Long> e : values.entrySet()) {
            double y = 6 + i * row;
            double w = (WIDTH - left - 60) * e.getValue() / max;
            rects.add(new Rect(left, y, Math.max(1, w), row - 8, "s0", e.getKey() + ": " + e.getValue()));
            texts.add(new Text(left - 8, y + row / 2, e.getKey(), "end", "axis"));
            texts.add(new Text(left + w + 6, y + row / 2, String.valueOf(e.getValue()), "start", "value"));
            i++;
        }
        return new Chart(WIDTH, (int) (12 + Math.max(1, values.size()) * row), rects, texts, Map.of());
    }

    /** One bar split into each entry's share of the total, with the percentage in the legend. */
    static Chart shares(Map<String, Long> values) {
        long total = values.values().stream().mapToLong(Long::longValue).sum();
        List<Rect> rects = new ArrayList<>();
        Map<String, String> legend = new java.util.LinkedHashMap<>();
        double x = 0;
        int s = 0;
        for (Map.Entry<String, Long> e : values.entrySet()) {
            String share = total == 0 ? "0 %" : String.format(Locale.ROOT, "%.1f %%", 100.0 * e.getValue() / total);
            legend.put(e.getKey() + " " + share + " (" + e.getValue() + ")", "s" + s);
            double w = total == 0 ? 0 : WIDTH * (double) e.getValue() / total;
            if (w > 0) rects.add(new Rect(x, 0, w, 28, "s" + s, e.getKey() + ": " + share));
            x += w;
            s++;
        }
        return new Chart(WIDTH, 28, rects, List.of(), legend);
    }

    private static Map<String, String> legend(List<String> series) {
        Map<String, String> legend = new java.util.LinkedHashMap<>();
        for (int s = 0; s < series.size(); s++) legend.put(series.get(s), "s" + s);
        return legend;
    }
}
