package org.customerhub.governance;

import org.customerhub.governance.rules.Condition;
import org.customerhub.governance.rules.Policy;
import org.customerhub.governance.rules.RuleError;

/** Checks a definition body for its kind and turns it into what the hub executes; a bad body never gets stored. */
public final class DefinitionBodies {
    private DefinitionBodies() {
    }

    /**
     * The executable form: {@link Nomenclature}, {@link Condition} (new, lost, household), {@link CustomerNumberFormat}
     * or {@link Policy}. Throws {@link InvalidBody} with the position of the first problem.
     */
    public static Object compile(DefinitionKind kind, String body) {
        if (body == null || body.isBlank()) throw new InvalidBody(1, 1, "the body is empty");
        try {
            return switch (kind) {
                case NOMENCLATURE -> Nomenclature.parse(body);
                case NEW_CUSTOMER, LOST_CUSTOMER -> Condition.parse(body, RuleScopes.MASTER);
                case HOUSEHOLD_RULE -> householdRule(body);
                case CUSTOMER_NUMBER_FORMAT -> CustomerNumberFormat.parse(body);
                case CONTACT_POLICY -> Policy.parse(body, RuleScopes.CONTACT);
            };
        } catch (RuleError e) {
            throw new InvalidBody(e.line(), e.column(), e.problem());
        }
    }

    /** Mastering keys masters by the rule's attributes, so only a conjunction of same(attribute) is accepted. */
    private static Condition householdRule(String body) {
        Condition rule = Condition.parse(body, RuleScopes.HOUSEHOLD);
        rule.sameAttributes();
        return rule;
    }
}
