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

    /**
     * The attributes of a condition that is only {@code same(a) and same(b) ...}, in the order written. Any other
     * condition is refused with a {@link RuleError} at the first part that is not such a conjunction: only a
     * conjunction of equalities is an equivalence (if A is like B and B like C, A is like C), which keying records by
     * those attributes needs.
     */
    public List<String> sameAttributes() {
        List<String> attributes = new ArrayList<>();
        collectSame(expr, attributes);
        return List.copyOf(attributes);
    }

    private static void collectSame(Expr e, List<String> into) {
        if (e instanceof Expr.Same same) {
            if (!into.contains(same.attribute())) into.add(same.attribute());
        } else if (e instanceof Expr.Logic logic && logic.and()) {
            collectSame(logic.left(), into);
            collectSame(logic.right(), into);
        } else if (e instanceof Expr.Logic logic) {
            throw new RuleError(logic.line(), logic.column(), "a household rule joins same(attribute) only with and: "
                    + "with or, A and B could share a household through C without sharing anything");
        } else if (e instanceof Expr.Not not) {
            throw new RuleError(not.line(), not.column(), "a household rule joins same(attribute) only with and: "
                    + "with not, A and B could share a household through C without sharing anything");
        } else {
            throw new RuleError(e.line(), e.column(), "a household rule is only same(attribute) joined with and");
        }
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
