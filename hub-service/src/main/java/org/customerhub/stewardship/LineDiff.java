package org.customerhub.stewardship;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts (longest common subsequence), as a steward reads a mapping change: kept, removed and
 * added lines with their line numbers on each side. Mappings are a few dozen lines; beyond {@link #MAX_LINES} lines a
 * side the diff gives up on alignment and shows the old text removed and the new one added.
 */
public final class LineDiff {
    static final int MAX_LINES = 3000;

    public enum Kind { SAME, REMOVED, ADDED }

    /** @param oldNumber line number in the old text (0 for an added line); newNumber likewise */
    public record Line(Kind kind, String text, int oldNumber, int newNumber) {
        public String marker() {
            return switch (kind) {
                case SAME -> " ";
                case REMOVED -> "-";
                case ADDED -> "+";
            };
        }
    }

    private LineDiff() {
    }

    public static List<Line> of(String before, String after) {
        String[] a = before == null || before.isEmpty() ? new String[0] : before.split("\r?\n", -1);
        String[] b = after == null || after.isEmpty() ? new String[0] : after.split("\r?\n", -1);
        if (a.length > MAX_LINES || b.length > MAX_LINES) return replaced(a, b);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                lines.add(new Line(Kind.SAME, a[i], ++i, ++j));
            } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
                lines.add(new Line(Kind.ADDED, b[j], 0, ++j));
            } else {
                lines.add(new Line(Kind.REMOVED, a[i], ++i, 0));
            }
        }
        return lines;
    }

    /** Whether the two texts differ at all (a trailing newline included). */
    public static boolean changed(List<Line> diff) {
        return diff.stream().anyMatch(l -> l.kind() != Kind.SAME);
    }

    private static List<Line> replaced(String[] a, String[] b) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < a.length; i++) lines.add(new Line(Kind.REMOVED, a[i], i + 1, 0));
        for (int j = 0; j < b.length; j++) lines.add(new Line(Kind.ADDED, b[j], 0, j + 1));
        return lines;
    }
}
