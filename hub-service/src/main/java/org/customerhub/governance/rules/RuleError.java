package org.customerhub.governance.rules;

/** A rule text the language refuses, with where (line and column, from 1) and what is wrong. */
public class RuleError extends RuntimeException {
    private final int line;
    private final int column;
    private final String problem;

    public RuleError(int line, int column, String problem) {
        super("line " + line + ", column " + column + ": " + problem);
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
