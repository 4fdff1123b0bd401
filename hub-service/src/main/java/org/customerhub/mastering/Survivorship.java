package org.customerhub.mastering;

import org.customerhub.customer.CanonicalAttribute;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the golden record from the contributing source records: per attribute, the value of the most trusted
 * source wins, then the most recently updated record, then the oldest record (so ties are deterministic).
 * The source's own customer number is a cross-reference, not a golden attribute.
 */
public final class Survivorship {
    static final String RULE = "source trust, then most recent";
    private static final Comparator<Contribution> PREFERENCE = Comparator
            .comparingDouble(Contribution::sourceTrust).reversed()
            .thenComparing(Contribution::updatedAt, Comparator.reverseOrder())
            .thenComparingLong(Contribution::recordId);

    private Survivorship() {
    }

    public static Map<CanonicalAttribute, GoldenValue> golden(List<Contribution> contributions) {
        List<Contribution> ranked = contributions.stream().sorted(PREFERENCE).toList();
        Map<CanonicalAttribute, GoldenValue> golden = new EnumMap<>(CanonicalAttribute.class);
        for (CanonicalAttribute attribute : CanonicalAttribute.values()) {
            if (attribute == CanonicalAttribute.CUSTOMER_NUMBER) continue;
            for (Contribution c : ranked) {
                String value = c.canonical().getOrNull(attribute);
                if (value != null) {
                    golden.put(attribute, new GoldenValue(value, c.recordId(), c.sourceCode(), c.sourceKey(), RULE));
                    break;
                }
            }
        }
        return golden;
    }
}
