package org.customerhub.governance.rules;

/** One word, number, string or symbol of a rule text, with where it starts. */
record Token(Type type, String text, int line, int column) {
    enum Type { WORD, NUMBER, STRING, SYMBOL, END }

    boolean is(String word) {
        return (type == Type.WORD || type == Type.SYMBOL) && text.equals(word);
    }

    String describe() {
        return switch (type) {
            case END -> "the end of the rule";
            case STRING -> "\"" + text + "\"";
            default -> "'" + text + "'";
        };
    }
}
