package org.customerhub.governance.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/** Evaluates a checked expression; unknown values make comparisons false, never an error. */
final class Evaluator {
    private final Instant now;
    private final List<Facts> evidence;

    Evaluator(Instant now, List<Facts> evidence) {
        this.now = now;
        this.evidence = evidence;
    }

    boolean test(Expr expr, Facts facts) {
        return Boolean.TRUE.equals(value(expr, facts));
    }

    private Object value(Expr expr, Facts facts) {
        if (expr instanceof Expr.Literal l) return l.value();
        if (expr instanceof Expr.Ref r) return normalise(facts.value(r.name()));
        if (expr instanceof Expr.Not n) return !test(n.inner(), facts);
        if (expr instanceof Expr.Logic l)
            return l.and() ? test(l.left(), facts) && test(l.right(), facts) : test(l.left(), facts) || test(l.right(), facts);
        if (expr instanceof Expr.Compare c) return compare(c.operator(), value(c.left(), facts), value(c.right(), facts));
        if (expr instanceof Expr.InList in) {
            Object v = value(in.value(), facts);
            return v != null && in.options().stream().anyMatch(o -> compare("=", v, o.value()));
        }
        if (expr instanceof Expr.Within w) {
            Object v = value(w.time(), facts);
            return v instanceof Instant t && !t.isBefore(now.atOffset(ZoneOffset.UTC).minus(w.period()).toInstant());
        }
        if (expr instanceof Expr.Exists e) {
            boolean any = false;
            for (Facts item : facts.items()) {
                if (test(e.predicate(), new Nested(item, facts))) {
                    any = true;
                    if (evidence != null) evidence.add(item);
                }
            }
            return any;
        }
        if (expr instanceof Expr.Count c)
            return BigDecimal.valueOf(facts.items().stream().filter(item -> test(c.predicate(), new Nested(item, facts))).count());
        Expr.Same s = (Expr.Same) expr;
        Object a = facts.value("a." + s.attribute());
        Object b = facts.value("b." + s.attribute());
        return a != null && !a.toString().isBlank() && Objects.equals(a, b);
    }

    private static Object normalise(Object value) {
        if (value instanceof BigDecimal) return value;
        if (value instanceof Number n) return new BigDecimal(n.toString());
        return value;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean compare(String operator, Object left, Object right) {
        if (left == null || right == null) return false;
        int order;
        if (left instanceof BigDecimal a && right instanceof BigDecimal b) order = a.compareTo(b);
        else if (left instanceof Comparable a && left.getClass() == right.getClass()) order = a.compareTo(right);
        else return false;
        return switch (operator) {
            case "=" -> order == 0;
            case "!=" -> order != 0;
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            case ">=" -> order >= 0;
            default -> throw new IllegalStateException("operator " + operator);
        };
    }

    /** An item inside exists/count sees its own facts first, then the enclosing ones (the caller, the purpose). */
    private record Nested(Facts item, Facts outer) implements Facts {
        @Override
        public Object value(String name) {
            Object own = item.value(name);
            return own != null ? own : outer.value(name);
        }
    }
}
