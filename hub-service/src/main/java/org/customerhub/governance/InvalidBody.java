package org.customerhub.governance;

/** A definition body that cannot take effect: where (line and column, from 1; 0 when not known) and why. */
public class InvalidBody extends RuntimeException {
    private final int line;
    private final int column;

    public InvalidBody(int line, int column, String problem) {
        super(line > 0 ? "line " + line + ", column " + column + ": " + problem : problem);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
