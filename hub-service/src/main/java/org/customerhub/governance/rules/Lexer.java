package org.customerhub.governance.rules;

import java.util.ArrayList;
import java.util.List;

/** Splits a rule text into tokens; {@code #} starts a comment to the end of the line. */
final class Lexer {
    private static final int MAX_LENGTH = 20_000;

    private Lexer() {
    }

    static List<Token> tokens(String text) {
        if (text.length() > MAX_LENGTH) throw new RuleError(1, 1, "a rule may have at most " + MAX_LENGTH + " characters");
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int column = i - lineStart + 1;
            if (c == '\n') {
                line++;
                lineStart = ++i;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') i++;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '.')) i++;
                tokens.add(new Token(Token.Type.WORD, text.substring(start, i), line, column));
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) i++;
                String number = text.substring(start, i);
                if (number.chars().filter(ch -> ch == '.').count() > 1 || number.endsWith("."))
                    throw new RuleError(line, column, "'" + number + "' is not a number");
                tokens.add(new Token(Token.Type.NUMBER, number, line, column));
            } else if (c == '"') {
                int start = ++i;
                while (i < text.length() && text.charAt(i) != '"' && text.charAt(i) != '\n') i++;
                if (i >= text.length() || text.charAt(i) != '"') throw new RuleError(line, column, "the text starting here has no closing '\"'");
                tokens.add(new Token(Token.Type.STRING, text.substring(start, i), line, column));
                i++;
            } else if (c == '!' || c == '<' || c == '>' || c == '=') {
                boolean twoChars = i + 1 < text.length() && text.charAt(i + 1) == '=';
                String symbol = twoChars ? text.substring(i, i + 2) : String.valueOf(c);
                if (symbol.equals("!") ) throw new RuleError(line, column, "'!' alone is not an operator; write 'not' or '!='");
                if (symbol.equals("==")) throw new RuleError(line, column, "write '=' to compare, not '=='");
                tokens.add(new Token(Token.Type.SYMBOL, symbol, line, column));
                i += symbol.length();
            } else if (c == '(' || c == ')' || c == ',') {
                tokens.add(new Token(Token.Type.SYMBOL, String.valueOf(c), line, column));
                i++;
            } else {
                throw new RuleError(line, column, "unexpected character '" + c + "'");
            }
        }
        tokens.add(new Token(Token.Type.END, "", line, text.length() - lineStart + 1));
        return tokens;
    }
}
