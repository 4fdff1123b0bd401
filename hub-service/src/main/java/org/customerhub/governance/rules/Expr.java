package org.customerhub.governance.rules;

import java.time.Period;
import java.util.List;

/** A checked expression of the rule language: every node knows its type and where it was written. */
sealed interface Expr {
    Type type();

    int line();

    int column();

    record Literal(Object value, Type type, int line, int column) implements Expr {
    }

    record Ref(String name, Type type, int line, int column) implements Expr {
    }

    /** {@code =, !=, <, <=, >, >=} between two values of one type. */
    record Compare(String operator, Expr left, Expr right, int line, int column) implements Expr {
        public Type type() {
            return Type.BOOL;
        }
    }

    record InList(Expr value, List<Literal> options, int line, int column) implements Expr {
        public Type type() {
            return Type.BOOL;
        }
    }

    /** A point in time no longer ago than the period (later ones, planned stays say, count too). */
    record Within(Expr time, Period period, int line, int column) implements Expr {
        public Type type() {
            return Type.BOOL;
        }
    }

    record Logic(boolean and, Expr left, Expr right, int line, int column) implements Expr {
        public Type type() {
            return Type.BOOL;
        }
    }

    record Not(Expr inner, int line, int column) implements Expr {
        public Type type() {
            return Type.BOOL;
        }
    }

    /** True when one of the master's interactions satisfies the predicate; those that do are the evidence. */
    record Exists(Expr predicate, int line, int column) implements Expr {
        public Type type() {
            return Type.BOOL;
        }
    }

    record Count(Expr predicate, int line, int column) implements Expr {
        public Type type() {
            return Type.NUMBER;
        }
    }

    /** Both records of a pair have the attribute, and the same value. */
    record Same(String attribute, int line, int column) implements Expr {
        public Type type() {
            return Type.BOOL;
        }
    }
}
