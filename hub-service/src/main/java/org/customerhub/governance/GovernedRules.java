package org.customerhub.governance;

import jakarta.inject.Singleton;
import org.customerhub.governance.rules.Condition;
import org.customerhub.governance.rules.Policy;
import org.customerhub.source.mapping.FieldMapping;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The approved definitions the hub executes, each in its compiled form: the nomenclature mappings are checked
 * against, the new/lost conditions flagging applies, the household rule and customer-number format mastering
 * uses, and the contact policy. Compiled once per version; which version is in force is decided each time from
 * the approved versions ({@link DefinitionStore#approved}), so an effective date that arrives applies at once, an
 * approval at once on the node that recorded it and within a second on every other.
 */
@Singleton
public class GovernedRules {
    private final Definitions definitions;
    private final Map<Long, Object> compiled = new ConcurrentHashMap<>();

    public GovernedRules(Definitions definitions) {
        this.definitions = definitions;
    }

    public Optional<ApprovedDefinition<Nomenclature>> nomenclature() {
        return inForce(DefinitionKind.NOMENCLATURE, Nomenclature.class, Instant.now());
    }

    public Optional<ApprovedDefinition<Condition>> newCustomer() {
        return inForce(DefinitionKind.NEW_CUSTOMER, Condition.class, Instant.now());
    }

    public Optional<ApprovedDefinition<Condition>> lostCustomer() {
        return inForce(DefinitionKind.LOST_CUSTOMER, Condition.class, Instant.now());
    }

    /** The condition two records must meet to be one household: {@code rule().test(pair, now)} with a/b facts. */
    public Optional<ApprovedDefinition<Condition>> householdRule() {
        return inForce(DefinitionKind.HOUSEHOLD_RULE, Condition.class, Instant.now());
    }

    /**
     * Whether two canonical records (attribute wire name to value) are one household by the approved rule; empty
     * when no household rule is in force.
     */
    public Optional<Boolean> sameHousehold(Map<String, String> a, Map<String, String> b) {
        return householdRule().map(rule -> rule.rule().test(name -> name.startsWith("a.") ? a.get(name.substring(2))
                : name.startsWith("b.") ? b.get(name.substring(2)) : null, Instant.now()));
    }

    public Optional<ApprovedDefinition<CustomerNumberFormat>> customerNumberFormat() {
        return inForce(DefinitionKind.CUSTOMER_NUMBER_FORMAT, CustomerNumberFormat.class, Instant.now());
    }

    public Optional<ApprovedDefinition<Policy>> contactPolicy() {
        return inForce(DefinitionKind.CONTACT_POLICY, Policy.class, Instant.now());
    }

    /** The flag condition of a flagging kind in force at a moment. */
    public Optional<ApprovedDefinition<Condition>> flagRule(DefinitionKind kind, Instant at) {
        return inForce(kind, Condition.class, at);
    }

    /** What a mapping does against the approved nomenclature: findings, not a refusal (the committee decides what to do). */
    public List<Finding> check(FieldMapping mapping) {
        return nomenclature().map(n -> n.rule().check(mapping, n.reference())).orElse(List.of());
    }

    /** Compiles any version's body (a proposal's, for the impact preview). */
    public <T> T compile(DefinitionVersion version, Class<T> type) {
        return type.cast(compiled.computeIfAbsent(version.getId(), id -> DefinitionBodies.compile(version.kindValue(), version.getBody())));
    }

    private <T> Optional<ApprovedDefinition<T>> inForce(DefinitionKind kind, Class<T> type, Instant at) {
        return definitions.inForce(kind, at).map(v -> new ApprovedDefinition<>(v.getKey(), v.getVersion(), v.getEffectiveFrom(), compile(v, type)));
    }
}
