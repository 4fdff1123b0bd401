package org.customerhub.mastering;

import org.customerhub.customer.CanonicalAttribute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How golden values are chosen, as configured in {@code hub.survivorship}: the criteria tried in order for each
 * attribute (or attribute group, whose values survive together from one record so that an address is never
 * assembled from two), and trust per source and attribute.
 *
 * @param defaultCriteria for attributes without criteria of their own
 * @param groups          group name to its attributes, e.g. address: street, house_number, ..., country
 * @param criteria        attribute wire name or group name to its criteria
 * @param trust           source code to attribute (or group) name to trust, overriding the source's own trust
 */
public record SurvivorshipPolicy(List<SurvivalCriterion> defaultCriteria, Map<String, List<CanonicalAttribute>> groups,
                                 Map<String, List<SurvivalCriterion>> criteria, Map<String, Map<String, Double>> trust) {

    /** What survives as one: a single attribute or a group. */
    public record Unit(String name, List<CanonicalAttribute> attributes) {
        boolean isGroup() {
            return attributes.size() > 1 || !attributes.get(0).wireName().equals(name);
        }
    }

    public SurvivorshipPolicy {
        defaultCriteria = List.copyOf(defaultCriteria);
        groups = Map.copyOf(groups);
        criteria = Map.copyOf(criteria);
        trust = Map.copyOf(trust);
        List<CanonicalAttribute> grouped = new ArrayList<>();
        groups.forEach((name, attributes) -> {
            if (CanonicalAttribute.fromWireName(name).isPresent())
                throw new IllegalStateException("hub.survivorship.groups." + name + ": a group cannot be named like an attribute");
            for (CanonicalAttribute a : attributes) {
                if (grouped.contains(a)) throw new IllegalStateException("hub.survivorship.groups: " + a.wireName() + " is in two groups");
                if (a == CanonicalAttribute.CUSTOMER_NUMBER) throw new IllegalStateException("hub.survivorship.groups: customer_number is a cross-reference, not a golden attribute");
                grouped.add(a);
            }
        });
        Map<String, List<CanonicalAttribute>> known = groups;
        for (String name : criteria.keySet()) requireUnit(known, name, "hub.survivorship.rules." + name);
        trust.forEach((source, byUnit) -> byUnit.keySet().forEach(name -> requireUnit(known, name, "hub.survivorship.trust." + source + "." + name)));
    }

    private static void requireUnit(Map<String, List<CanonicalAttribute>> groups, String name, String key) {
        if (!groups.containsKey(name) && CanonicalAttribute.fromWireName(name).filter(a -> a != CanonicalAttribute.CUSTOMER_NUMBER).isEmpty()) {
            throw new IllegalStateException(key + ": '" + name + "' is neither a canonical attribute nor a group ("
                    + String.join(", ", groups.keySet()) + ")");
        }
    }

    /** The units in canonical attribute order, a group where its first attribute is. */
    public List<Unit> units() {
        Map<String, Unit> units = new LinkedHashMap<>();
        for (CanonicalAttribute a : CanonicalAttribute.values()) {
            if (a == CanonicalAttribute.CUSTOMER_NUMBER) continue;
            Unit unit = groupOf(a).orElse(new Unit(a.wireName(), List.of(a)));
            units.putIfAbsent(unit.name(), unit);
        }
        return List.copyOf(units.values());
    }

    /** The attribute's group, if it is in one. */
    public java.util.Optional<Unit> groupOf(CanonicalAttribute attribute) {
        return groups.entrySet().stream().filter(g -> g.getValue().contains(attribute)).findFirst()
                .map(g -> new Unit(g.getKey(), g.getValue()));
    }

    /** The unit a steward names when pinning or verifying: an attribute's wire name or a group's name. */
    public java.util.Optional<Unit> unit(String name) {
        return units().stream().filter(u -> u.name().equals(name)).findFirst()
                .or(() -> CanonicalAttribute.fromWireName(name).filter(a -> a != CanonicalAttribute.CUSTOMER_NUMBER)
                        .map(a -> new Unit(a.wireName(), List.of(a))));
    }

    public List<SurvivalCriterion> criteriaFor(Unit unit) {
        return criteria.getOrDefault(unit.name(), defaultCriteria);
    }

    public double trust(Contribution c, Unit unit) {
        Map<String, Double> bySource = trust.get(c.sourceCode());
        if (bySource == null) return c.sourceTrust();
        Double own = bySource.get(unit.name());
        return own != null ? own : c.sourceTrust();
    }

    /** Source trust, then most recent: the hub's behaviour before survivorship was configurable. */
    public static SurvivorshipPolicy sourceTrustThenMostRecent() {
        return new SurvivorshipPolicy(List.of(SurvivalCriterion.SOURCE_TRUST, SurvivalCriterion.MOST_RECENT), Map.of(), Map.of(), Map.of());
    }
}
