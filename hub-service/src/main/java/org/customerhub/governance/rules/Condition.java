package org.customerhub.governance.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A parsed and checked rule that is true or false for some facts, such as "this master is lost". */
public final class Condition {
    private final Expr expr;

    private Condition(Expr expr) {
        this.expr = expr;
    }

    /** Parses and checks {@code text} against what {@code scope} offers; throws {@link RuleError} naming the position. */
    public static Condition parse(String text, Scope scope) {
        return new Condition(Parser.condition(text, scope));
    }

    static Condition of(Expr expr) {
        return new Condition(expr);
    }

    public boolean test(Facts facts, Instant now) {
        return new Evaluator(now, null).test(expr, facts);
    }

    /** Whether it holds, and the items of {@code exists(...)} that made it hold. */
    public Verdict evaluate(Facts facts, Instant now) {
        List<Facts> evidence = new ArrayList<>();
        boolean holds = new Evaluator(now, evidence).test(expr, facts);
        return new Verdict(holds, holds ? List.copyOf(evidence) : List.of());
    }

    public record Verdict(boolean holds, List<Facts> evidence) {
    }
}
