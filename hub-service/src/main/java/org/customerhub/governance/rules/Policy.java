package org.customerhub.governance.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Named deny and warn rules, as in a contact policy. A request is denied when a deny rule holds, warned when
 * only warn rules hold, allowed otherwise; every rule that held is reported with its evidence.
 */
public final class Policy {
    public enum Outcome { ALLOW, WARN, DENY }

    public record Rule(Outcome outcome, String name, Condition condition) {
    }

    public record Fired(Rule rule, List<Facts> evidence) {
    }

    public record Decision(Outcome outcome, List<Fired> fired) {
        /** The rule that decided: the first deny rule that held, else the first warn rule, else none. */
        public Fired decisive() {
            return fired.stream().filter(f -> f.rule().outcome() == outcome).findFirst().orElse(null);
        }
    }

    private final List<Rule> rules;

    private Policy(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Policy parse(String text, Scope scope) {
        return new Policy(Parser.policy(text, scope).stream()
                .map(r -> new Rule(r.deny() ? Outcome.DENY : Outcome.WARN, r.name(), Condition.of(r.condition()))).toList());
    }

    public List<Rule> rules() {
        return rules;
    }

    public Decision decide(Facts facts, Instant now) {
        List<Fired> fired = new ArrayList<>();
        for (Rule rule : rules) {
            Condition.Verdict verdict = rule.condition().evaluate(facts, now);
            if (verdict.holds()) fired.add(new Fired(rule, verdict.evidence()));
        }
        Outcome outcome = fired.stream().anyMatch(f -> f.rule().outcome() == Outcome.DENY) ? Outcome.DENY
                : fired.isEmpty() ? Outcome.ALLOW : Outcome.WARN;
        return new Decision(outcome, fired);
    }
}
