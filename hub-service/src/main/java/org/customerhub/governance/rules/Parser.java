package org.customerhub.governance.rules;

import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Recursive descent over the grammar below, checking names and types as it goes, so that a rule that parses
 * can be evaluated without surprises.
 * <pre>
 * policy     := ( ("deny" | "warn") STRING "when" condition )+
 * condition  := and ( "or" and )*
 * and        := unary ( "and" unary )*
 * unary      := "not" unary | comparison
 * comparison := term [ op term | "in" "(" literal ("," literal)* ")" | "within" NUMBER unit ]
 * term       := NUMBER | STRING | "true" | "false" | fact | "exists" "(" condition ")" | "count" "(" condition ")"
 *             | "same" "(" attribute ")" | "(" condition ")"
 * </pre>
 */
final class Parser {
    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "within", "exists", "count", "same",
            "true", "false", "deny", "warn", "when");
    private static final Set<String> OPERATORS = Set.of("=", "!=", "<", "<=", ">", ">=");
    private final List<Token> tokens;
    private int position;

    private Parser(String text) {
        this.tokens = Lexer.tokens(text);
    }

    static Expr condition(String text, Scope scope) {
        Parser parser = new Parser(text);
        if (parser.peek().type() == Token.Type.END) throw parser.error(parser.peek(), "the rule is empty");
        Expr expr = parser.boolCondition(scope);
        parser.expectEnd();
        return expr;
    }

    record ParsedRule(boolean deny, String name, Expr condition) {
    }

    static List<ParsedRule> policy(String text, Scope scope) {
        Parser parser = new Parser(text);
        List<ParsedRule> rules = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        do {
            Token outcome = parser.next();
            if (!outcome.is("deny") && !outcome.is("warn"))
                throw parser.error(outcome, "expected 'deny' or 'warn' to start a rule, found " + outcome.describe());
            Token name = parser.next();
            if (name.type() != Token.Type.STRING || name.text().isBlank())
                throw parser.error(name, "expected the rule's name in quotes after '" + outcome.text() + "', found " + name.describe());
            if (!names.add(name.text())) throw parser.error(name, "a rule named \"" + name.text() + "\" is already defined above");
            parser.expectWord("when");
            rules.add(new ParsedRule(outcome.is("deny"), name.text(), parser.boolCondition(scope)));
        } while (parser.peek().type() != Token.Type.END);
        return rules;
    }

    private Expr boolCondition(Scope scope) {
        Expr expr = or(scope);
        requireType(expr, Type.BOOL, "a condition");
        return expr;
    }

    private Expr or(Scope scope) {
        return logic(scope, false);
    }

    /** {@code and} binds tighter than {@code or}: an or-chain is made of and-chains. */
    private Expr logic(Scope scope, boolean and) {
        String word = and ? "and" : "or";
        Expr left = and ? unary(scope) : logic(scope, true);
        while (peek().is(word)) {
            Token op = next();
            Expr right = and ? unary(scope) : logic(scope, true);
            requireType(left, Type.BOOL, "the left side of '" + word + "'");
            requireType(right, Type.BOOL, "the right side of '" + word + "'");
            left = new Expr.Logic(and, left, right, op.line(), op.column());
        }
        return left;
    }

    private Expr unary(Scope scope) {
        if (peek().is("not")) {
            Token not = next();
            Expr inner = unary(scope);
            requireType(inner, Type.BOOL, "what follows 'not'");
            return new Expr.Not(inner, not.line(), not.column());
        }
        return comparison(scope);
    }

    private Expr comparison(Scope scope) {
        Expr left = term(scope);
        Token op = peek();
        if (op.type() == Token.Type.SYMBOL && OPERATORS.contains(op.text())) {
            next();
            Expr right = term(scope);
            if (left.type() != right.type())
                throw error(op, "cannot compare " + left.type().description() + " with " + right.type().description());
            if (!op.text().endsWith("=") || op.text().equals("<=") || op.text().equals(">=")) {
                if (left.type() == Type.BOOL || left.type() == Type.TEXT)
                    throw error(op, "'" + op.text() + "' orders numbers and points in time, not " + left.type().description() + "s");
            }
            checkVocabulary(left, right, scope);
            checkVocabulary(right, left, scope);
            return new Expr.Compare(op.text(), left, right, op.line(), op.column());
        }
        if (op.is("in")) {
            next();
            expectSymbol("(");
            List<Expr.Literal> options = new ArrayList<>();
            do {
                Token at = peek();
                Expr option = term(scope);
                if (!(option instanceof Expr.Literal literal)) throw error(at, "the list after 'in' holds only quoted texts or numbers");
                if (literal.type() != left.type())
                    throw error(at, "the list holds " + literal.type().description() + " but is compared with " + left.type().description());
                checkVocabulary(left, literal, scope);
                options.add(literal);
            } while (accept(","));
            expectSymbol(")");
            return new Expr.InList(left, options, op.line(), op.column());
        }
        if (op.is("within")) {
            next();
            if (left.type() != Type.TIME) throw error(op, "'within' needs a point in time on its left, not " + left.type().description());
            Token amount = next();
            if (amount.type() != Token.Type.NUMBER || amount.text().contains("."))
                throw error(amount, "expected a whole number after 'within' (as in 'within 90 days'), found " + amount.describe());
            int n = Integer.parseInt(amount.text().length() > 6 ? "1000000" : amount.text());
            if (n <= 0 || n > 100_000) throw error(amount, "the period must be between 1 and 100000");
            Token unit = next();
            Period period = switch (unit.type() == Token.Type.WORD ? unit.text() : "") {
                case "day", "days" -> Period.ofDays(n);
                case "week", "weeks" -> Period.ofWeeks(n);
                case "month", "months" -> Period.ofMonths(n);
                case "year", "years" -> Period.ofYears(n);
                default -> throw error(unit, "expected days, weeks, months or years, found " + unit.describe());
            };
            return new Expr.Within(left, period, op.line(), op.column());
        }
        return left;
    }

    private Expr term(Scope scope) {
        Token t = next();
        switch (t.type()) {
            case NUMBER -> {
                return new Expr.Literal(new BigDecimal(t.text()), Type.NUMBER, t.line(), t.column());
            }
            case STRING -> {
                return new Expr.Literal(t.text(), Type.TEXT, t.line(), t.column());
            }
            case END -> throw error(t, "the rule ends where a value or condition is expected");
            case SYMBOL -> {
                if (t.is("(")) {
                    Expr inner = or(scope);
                    expectSymbol(")");
                    return inner;
                }
                throw error(t, "expected a value or condition, found " + t.describe());
            }
            default -> {
                return word(t, scope);
            }
        }
    }

    private Expr word(Token t, Scope scope) {
        switch (t.text()) {
            case "true", "false" -> {
                return new Expr.Literal(Boolean.valueOf(t.text()), Type.BOOL, t.line(), t.column());
            }
            case "exists", "count" -> {
                Scope each = scope.each().orElseThrow(() -> error(t, "'" + t.text() + "(...)' cannot be used here"));
                expectSymbol("(");
                Expr predicate = boolCondition(each);
                expectSymbol(")");
                return t.is("exists") ? new Expr.Exists(predicate, t.line(), t.column()) : new Expr.Count(predicate, t.line(), t.column());
            }
            case "same" -> {
                if (scope.comparable().isEmpty()) throw error(t, "'same(...)' compares the two records of a pair and cannot be used here");
                expectSymbol("(");
                Token attribute = next();
                if (attribute.type() != Token.Type.WORD || !scope.comparable().contains(attribute.text()))
                    throw error(attribute, "expected an attribute to compare (" + String.join(", ", new TreeSet<>(scope.comparable()))
                            + "), found " + attribute.describe());
                expectSymbol(")");
                return new Expr.Same(attribute.text(), t.line(), t.column());
            }
            default -> {
                if (KEYWORDS.contains(t.text())) throw error(t, "expected a value or condition, found '" + t.text() + "'");
                if (scope.facts().isEmpty() && !scope.comparable().isEmpty())
                    throw error(t, "unknown word '" + t.text() + "'; this rule compares a pair of records with same(attribute), "
                            + "joined with and");
                Scope.Fact fact = scope.fact(t.text()).orElseThrow(() -> error(t, "unknown fact '" + t.text() + "'; known here: "
                        + String.join(", ", scope.facts().stream().map(Scope.Fact::name).toList())
                        + (scope.each().isPresent() ? " (and inside exists/count: "
                        + String.join(", ", scope.each().get().facts().stream().map(Scope.Fact::name)
                                .filter(n -> scope.fact(n).isEmpty()).toList()) + ")" : "")));
                return new Expr.Ref(fact.name(), fact.type(), t.line(), t.column());
            }
        }
    }

    /** A text compared with a fact of fixed vocabulary must be one of its values: catches typos at proposal. */
    private void checkVocabulary(Expr factSide, Expr literalSide, Scope scope) {
        if (!(factSide instanceof Expr.Ref ref) || !(literalSide instanceof Expr.Literal literal) || literal.type() != Type.TEXT) return;
        Scope.Fact fact = scope.fact(ref.name()).or(() -> scope.each().flatMap(e -> e.fact(ref.name()))).orElse(null);
        if (fact == null || fact.vocabulary().isEmpty() || fact.vocabulary().contains((String) literal.value())) return;
        throw new RuleError(literal.line(), literal.column(), "\"" + literal.value() + "\" is not a known " + ref.name()
                + "; known: " + String.join(", ", new TreeSet<>(fact.vocabulary())));
    }

    private void requireType(Expr expr, Type type, String what) {
        if (expr.type() != type)
            throw new RuleError(expr.line(), expr.column(), what + " must be " + type.description() + ", not " + expr.type().description());
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token next() {
        Token t = tokens.get(position);
        if (t.type() != Token.Type.END) position++;
        return t;
    }

    private boolean accept(String symbol) {
        if (!peek().is(symbol)) return false;
        next();
        return true;
    }

    private void expectSymbol(String symbol) {
        Token t = next();
        if (!t.is(symbol)) throw error(t, "expected '" + symbol + "', found " + t.describe());
    }

    private void expectWord(String word) {
        Token t = next();
        if (!t.is(word)) throw error(t, "expected '" + word + "', found " + t.describe());
    }

    private void expectEnd() {
        Token t = peek();
        if (t.type() != Token.Type.END)
            throw error(t, "expected 'and', 'or' or the end of the rule, found " + t.describe());
    }

    private RuleError error(Token at, String problem) {
        return new RuleError(at.line(), at.column(), problem);
    }
}
