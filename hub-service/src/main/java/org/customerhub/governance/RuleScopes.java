package org.customerhub.governance;

import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.governance.rules.Scope;
import org.customerhub.governance.rules.Scope.Fact;
import org.customerhub.governance.rules.Type;
import org.customerhub.interaction.ContactPurpose;
import org.customerhub.interaction.InteractionKind;
import org.customerhub.interaction.InteractionStatus;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** What each executable kind of definition may refer to. */
public final class RuleScopes {
    static final List<Fact> MASTER_FACTS = List.of(
            new Fact("first_record_at", Type.TIME, null, "when the master's first source record reached the hub, over all silos"),
            new Fact("first_seen_at", Type.TIME, null, "the earlier of first_record_at and the master's first interaction"),
            new Fact("last_interaction_at", Type.TIME, null, "the master's latest interaction in any silo (unknown without one)"),
            new Fact("master_created_at", Type.TIME, null, "when the master was created (a merge keeps the older master)"),
            new Fact("records", Type.NUMBER, null, "how many source records the master has"),
            new Fact("silos", Type.NUMBER, null, "in how many silos the master has records"),
            new Fact("interactions", Type.NUMBER, null, "how many interactions the master has in all silos"));
    static final List<Fact> INTERACTION_FACTS = List.of(
            new Fact("kind", Type.TEXT, new LinkedHashSet<>(InteractionKind.wireNames()), "what kind of interaction"),
            new Fact("status", Type.TEXT, new LinkedHashSet<>(InteractionStatus.wireNames()), "where the interaction stands"),
            new Fact("silo", Type.TEXT, null, "the code of the source system that reported it"),
            new Fact("at", Type.TIME, null, "when it happened or starts"),
            new Fact("ended_at", Type.TIME, null, "when it ended (unknown for one-off or open interactions)"));
    static final List<Fact> CONTACT_FACTS = List.of(
            new Fact("purpose", Type.TEXT, new LinkedHashSet<>(ContactPurpose.wireNames()), "why the asking silo wants to contact the customer"),
            new Fact("caller", Type.TEXT, null, "the code of the asking silo"));

    /** new-customer and lost-customer: a master, its records and its interactions in all silos. */
    public static final Scope MASTER = Scope.of(MASTER_FACTS).withEach(INTERACTION_FACTS);
    /** contact-policy: the master as above, plus who asks and why. */
    public static final Scope CONTACT = Scope.of(concat(MASTER_FACTS, CONTACT_FACTS)).withEach(INTERACTION_FACTS);
    /** household-rule: a pair of canonical records, compared with same(attribute). */
    public static final Scope HOUSEHOLD = Scope.of(List.of())
            .withPairAttributes(Arrays.stream(CanonicalAttribute.values()).map(CanonicalAttribute::wireName).toList());

    private RuleScopes() {
    }

    private static List<Fact> concat(List<Fact> a, List<Fact> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** Every fact with its meaning, for the committee's reference on the definition page. */
    public static List<Fact> reference() {
        return concat(concat(MASTER_FACTS, INTERACTION_FACTS), CONTACT_FACTS);
    }
}
