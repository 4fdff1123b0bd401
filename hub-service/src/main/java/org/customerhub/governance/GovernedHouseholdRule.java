package org.customerhub.governance;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.household.ConfiguredHouseholdRule;
import org.customerhub.household.HouseholdRule;
import org.customerhub.standardize.TextFolding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mastering's household rule: the approved {@code household-rule} definition in force, else {@code hub.households}.
 * The definition is a conjunction of {@code same(attribute)} (other bodies are refused at drafting), so two masters
 * meet it exactly when their values of those attributes agree, and those values, folded like the configured rule's,
 * are the household key. A master lacking one of the attributes is in no household. The attributes go into the key
 * in the canonical order, so that the rule of the default configuration keeps the keys, and households their numbers.
 */
@Singleton
public class GovernedHouseholdRule implements HouseholdRule {
    // a provider: the definitions reach mastering (flagging), which places households through this rule
    private final Provider<GovernedRules> rules;
    private final ConfiguredHouseholdRule configured;

    public GovernedHouseholdRule(Provider<GovernedRules> rules, ConfiguredHouseholdRule configured) {
        this.rules = rules;
        this.configured = configured;
    }

    @Override
    public Optional<String> keyOf(Map<String, String> golden) {
        Optional<List<CanonicalAttribute>> attributes = attributesInForce();
        if (attributes.isEmpty()) return configured.keyOf(golden);
        List<String> parts = new ArrayList<>();
        for (CanonicalAttribute a : attributes.get()) {
            String value = golden.get(a.wireName());
            if (value == null || value.isBlank()) return Optional.empty();
            parts.add(TextFolding.fold(value));
        }
        return Optional.of(String.join("|", parts));
    }

    @Override
    public int minimumMembers() {
        return configured.minimumMembers();
    }

    /** The attributes of the approved rule in force, in canonical order; empty when the configuration applies. */
    Optional<List<CanonicalAttribute>> attributesInForce() {
        return rules.get().householdRule().map(rule -> rule.rule().sameAttributes().stream()
                .map(name -> CanonicalAttribute.fromWireName(name).orElseThrow())
                .sorted(Comparator.naturalOrder()).toList());
    }
}
