package org.customerhub.source.mapping;

import java.util.List;
import java.util.stream.Collectors;

/** A source record that cannot enter the hub as sent; lists every problem found in it. */
public class RecordRejected extends RuntimeException {
    private final List<RecordProblem> problems;

    public RecordRejected(List<RecordProblem> problems) {
        super("record rejected: " + problems.stream().map(RecordProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<RecordProblem> problems() {
        return problems;
    }
}
