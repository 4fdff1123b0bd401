package org.customerhub.governance.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule may name: its facts with their types (and, for texts with a fixed vocabulary, the allowed values),
 * the scope inside {@code exists(...)} / {@code count(...)} if it has one, and the attributes {@code same(...)}
 * compares. Nothing else can be reached from a rule: there is no way to call code.
 */
public final class Scope {
    public record Fact(String name, Type type, Set<String> vocabulary, String meaning) {
        public Fact {
            vocabulary = vocabulary == null ? Set.of() : Set.copyOf(vocabulary);
        }
    }

    private final Map<String, Fact> facts;
    private final Scope each;
    private final Set<String> comparable;

    private Scope(Map<String, Fact> facts, Scope each, Set<String> comparable) {
        this.facts = facts;
        this.each = each;
        this.comparable = comparable;
    }

    public static Scope of(List<Fact> facts) {
        Map<String, Fact> byName = new LinkedHashMap<>();
        facts.forEach(f -> byName.put(f.name(), f));
        return new Scope(byName, null, Set.of());
    }

    /** This scope, plus {@code exists}/{@code count} over items that have the given facts (and this scope's). */
    public Scope withEach(List<Fact> itemFacts) {
        Map<String, Fact> inner = new LinkedHashMap<>(facts);
        itemFacts.forEach(f -> inner.put(f.name(), f));
        return new Scope(facts, new Scope(inner, null, Set.of()), comparable);
    }

    /** This scope, plus {@code same(attribute)} over a pair of records. */
    public Scope withPairAttributes(Collection<String> attributes) {
        return new Scope(facts, each, Set.copyOf(attributes));
    }

    Optional<Fact> fact(String name) {
        return Optional.ofNullable(facts.get(name));
    }

    Collection<Fact> facts() {
        return facts.values();
    }

    Optional<Scope> each() {
        return Optional.ofNullable(each);
    }

    Set<String> comparable() {
        return comparable;
    }
}
