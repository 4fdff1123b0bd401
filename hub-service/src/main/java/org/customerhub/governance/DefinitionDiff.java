package org.customerhub.governance;

import java.util.ArrayList;
import java.util.List;

/** What changed between two versions of a definition, line by line (longest common subsequence). */
public record DefinitionDiff(String key, int from, int to, boolean descriptionChanged, String fromDescription,
                             String toDescription, List<Line> lines) {
    public record Line(String change, String text) {
        public boolean added() {
            return "added".equals(change);
        }

        public boolean removed() {
            return "removed".equals(change);
        }
    }

    private static final int MAX_LINES = 2000;

    public static DefinitionDiff of(DefinitionView from, DefinitionView to) {
        return new DefinitionDiff(from.key(), from.version(), to.version(), !from.description().equals(to.description()),
                from.description(), to.description(), lines(from.body(), to.body()));
    }

    static List<Line> lines(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        if (a.length > MAX_LINES || b.length > MAX_LINES) throw new IllegalArgumentException("bodies are bounded to 20000 characters");
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add(new Line("same", a[i++]));
                j++;
            } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
                out.add(new Line("added", b[j++]));
            } else {
                out.add(new Line("removed", a[i++]));
            }
        }
        return out;
    }
}
