package org.customerhub.mastering;

import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.customer.CanonicalRecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the golden record from the contributions. Per unit (an attribute, or a group such as the address whose
 * values survive together from one record), a steward's pin wins; otherwise the policy's criteria are tried in
 * order and the first that prefers one value decides; a tie after all of them goes to the earliest record, so the
 * result never depends on the order the records were read in. Each golden value names the record it came from
 * and the rule that chose it (its lineage). The source's own customer number is a cross-reference, not a golden
 * attribute.
 */
public final class Survivorship {
    public static final String OVERRIDE_RULE = "steward override";
    /** No other value was offered: one record, or all records agreeing. */
    static final String ONLY_VALUE = "only value";
    static final String TIE = "tie: earliest record";
    static final String STEWARD = "steward";

    private final SurvivorshipPolicy policy;

    public Survivorship(SurvivorshipPolicy policy) {
        this.policy = policy;
    }

    public SurvivorshipPolicy policy() {
        return policy;
    }

    /**
     * @param overrides active pins and verifications, most binding first: for one attribute the first pin counts
     */
    public Map<CanonicalAttribute, GoldenValue> golden(List<Contribution> contributions, List<GoldenOverride> overrides) {
        Map<Long, Contribution> byRecord = contributions.stream()
                .collect(Collectors.toMap(Contribution::recordId, Function.identity(), (a, b) -> a));
        Map<String, GoldenOverride> pins = new LinkedHashMap<>();
        overrides.stream().filter(o -> o.kindOf() == GoldenOverride.Kind.PIN).forEach(o -> pins.putIfAbsent(o.getAttribute(), o));
        List<GoldenOverride> verified = overrides.stream().filter(o -> o.kindOf() == GoldenOverride.Kind.VERIFIED).toList();

        Map<CanonicalAttribute, GoldenValue> golden = new EnumMap<>(CanonicalAttribute.class);
        for (SurvivorshipPolicy.Unit unit : policy.units()) {
            GoldenOverride pin = pins.get(unit.name());
            if (pin != null) {
                pinned(unit, pin, byRecord).forEach(golden::put);
            } else {
                decide(unit, contributions, verified).forEach(golden::put);
            }
        }
        // a pin on one attribute of a group (only the city, say) overrides that attribute of the group's choice
        for (GoldenOverride pin : pins.values()) {
            policy.unit(pin.getAttribute()).filter(u -> !u.isGroup() && policy.groupOf(u.attributes().get(0)).isPresent())
                    .ifPresent(u -> {
                        golden.remove(u.attributes().get(0));
                        pinned(u, pin, byRecord).forEach(golden::put);
                    });
        }
        return golden;
    }

    private static Map<CanonicalAttribute, GoldenValue> pinned(SurvivorshipPolicy.Unit unit, GoldenOverride pin,
                                                               Map<Long, Contribution> byRecord) {
        Map<String, String> values = pin.values();
        Contribution origin = pin.getRecordId() == null ? null : byRecord.get(pin.getRecordId());
        Map<CanonicalAttribute, GoldenValue> out = new EnumMap<>(CanonicalAttribute.class);
        for (CanonicalAttribute a : unit.attributes()) {
            String value = values.get(a.wireName());
            if (value == null || value.isBlank()) continue;
            out.put(a, origin == null ? new GoldenValue(value, 0, STEWARD, null, OVERRIDE_RULE)
                    : new GoldenValue(value, origin.recordId(), origin.sourceCode(), origin.sourceKey(), OVERRIDE_RULE));
        }
        return out;
    }

    private Map<CanonicalAttribute, GoldenValue> decide(SurvivorshipPolicy.Unit unit, List<Contribution> contributions,
                                                        List<GoldenOverride> verified) {
        Map<Contribution, Contribution> partOf = new IdentityHashMap<>();
        List<Contribution> candidates = completed(unit, contributions, partOf).stream().filter(c -> hasAny(c, unit)).toList();
        if (candidates.isEmpty()) return Map.of();
        List<SurvivalCriterion> criteria = policy.criteriaFor(unit);
        Map<String, Long> frequency = candidates.stream().collect(Collectors.groupingBy(c -> valueKey(c, unit), Collectors.counting()));
        Map<SurvivalCriterion, Comparator<Contribution>> comparators = new EnumMap<>(SurvivalCriterion.class);
        for (SurvivalCriterion criterion : criteria) comparators.put(criterion, comparator(criterion, unit, verified, frequency));
        Comparator<Contribution> ranking = (x, y) -> 0;
        for (SurvivalCriterion criterion : criteria) ranking = ranking.thenComparing(comparators.get(criterion));
        List<Contribution> ranked = candidates.stream()
                .sorted(ranking.thenComparingLong(Contribution::recordId))
                .toList();
        Contribution winner = ranked.get(0);
        // the rule that chose the value: what put it before the best different value (records agreeing on it
        // are ordered by the same criteria, which picks the record its lineage names)
        String winningValue = valueKey(winner, unit);
        String rule = ranked.stream().filter(c -> !valueKey(c, unit).equals(winningValue)).findFirst()
                .map(runnerUp -> decisiveRule(criteria, comparators, winner, runnerUp)).orElse(ONLY_VALUE);
        // lineage per attribute: a completed partial contribution names itself for its own values, the record's own
        // contribution for the rest of the group
        Contribution own = partOf.getOrDefault(winner, winner);
        Map<CanonicalAttribute, GoldenValue> out = new EnumMap<>(CanonicalAttribute.class);
        for (CanonicalAttribute a : unit.attributes()) {
            String value = winner.canonical().getOrNull(a);
            if (value == null) continue;
            Contribution supplier = own.canonical().getOrNull(a) != null ? own : contributions.stream()
                    .filter(c -> c != own && c.recordId() == own.recordId() && value.equals(c.canonical().getOrNull(a)))
                    .findFirst().orElse(own);
            out.put(a, new GoldenValue(value, supplier.recordId(), supplier.sourceCode(), supplier.sourceKey(), rule));
        }
        return out;
    }

    /**
     * A contribution that speaks for part of a record (a cleanser's accepted postcode, say) offers a group only
     * together with the rest of that record's group: it is completed with the values of the record's own
     * contribution, so that it competes as a whole address. {@code partOf} maps each completed one to its original.
     */
    private static List<Contribution> completed(SurvivorshipPolicy.Unit unit, List<Contribution> contributions,
                                                Map<Contribution, Contribution> partOf) {
        if (!unit.isGroup()) return contributions;
        List<Contribution> out = new ArrayList<>();
        for (Contribution c : contributions) {
            Contribution base = contributions.stream()
                    .filter(b -> b != c && b.recordId() == c.recordId() && !b.sourceCode().equals(c.sourceCode()) && hasAny(b, unit))
                    .findFirst().orElse(null);
            if (base == null || unit.attributes().stream().allMatch(a -> c.canonical().getOrNull(a) != null)
                    || unit.attributes().stream().noneMatch(a -> c.canonical().getOrNull(a) != null)) {
                out.add(c);
                continue;
            }
            Map<CanonicalAttribute, String> values = new EnumMap<>(CanonicalAttribute.class);
            values.putAll(c.canonical().values());
            for (CanonicalAttribute a : unit.attributes()) {
                String held = base.canonical().getOrNull(a);
                if (held != null) values.putIfAbsent(a, held);
            }
            Contribution whole = new Contribution(c.recordId(), c.sourceCode(), c.sourceKey(), c.sourceTrust(), c.updatedAt(),
                    CanonicalRecord.of(values), c.validated());
            partOf.put(whole, c);
            out.add(whole);
        }
        return out;
    }

    private static String decisiveRule(List<SurvivalCriterion> criteria, Map<SurvivalCriterion, Comparator<Contribution>> comparators,
                                       Contribution winner, Contribution runnerUp) {
        for (SurvivalCriterion criterion : criteria) {
            if (comparators.get(criterion).compare(winner, runnerUp) < 0) return criterion.configName();
        }
        return TIE;
    }

    private Comparator<Contribution> comparator(SurvivalCriterion criterion, SurvivorshipPolicy.Unit unit,
                                                List<GoldenOverride> verified, Map<String, Long> frequency) {
        return switch (criterion) {
            case VALIDATED -> Comparator.comparing((Contribution c) -> isValidated(c, unit, verified)).reversed();
            case SOURCE_TRUST -> Comparator.comparingDouble((Contribution c) -> policy.trust(c, unit)).reversed();
            case MOST_RECENT -> Comparator.comparing(Contribution::updatedAt, Comparator.nullsLast(Comparator.reverseOrder()));
            case MOST_COMPLETE -> Comparator.comparingInt((Contribution c) -> filled(c, unit)).reversed()
                    .thenComparing(Comparator.comparingInt((Contribution c) -> length(c, unit)).reversed());
            case MOST_FREQUENT -> Comparator.comparingLong((Contribution c) -> frequency.get(valueKey(c, unit))).reversed();
        };
    }

    private static boolean isValidated(Contribution c, SurvivorshipPolicy.Unit unit, List<GoldenOverride> verified) {
        if (unit.attributes().stream().anyMatch(c.validated()::contains)) return true;
        return verified.stream().anyMatch(v -> v.getAttribute().equals(unit.name()) && Objects.equals(v.getRecordId(), c.recordId())
                && v.values().equals(values(c, unit)));
    }

    /** The contribution's values of the unit by wire name, as a verification records them. */
    public static Map<String, String> values(Contribution c, SurvivorshipPolicy.Unit unit) {
        Map<String, String> values = new LinkedHashMap<>();
        for (CanonicalAttribute a : unit.attributes()) {
            String v = c.canonical().getOrNull(a);
            if (v != null) values.put(a.wireName(), v);
        }
        return values;
    }

    /**
     * Whether the contribution offers the unit. A group is offered only with its first attribute: a record that
     * knows only the city offers no address, so it cannot displace a full address by being newer.
     */
    private static boolean hasAny(Contribution c, SurvivorshipPolicy.Unit unit) {
        if (unit.isGroup()) return c.canonical().getOrNull(unit.attributes().get(0)) != null;
        return unit.attributes().stream().anyMatch(a -> c.canonical().getOrNull(a) != null);
    }

    private static int filled(Contribution c, SurvivorshipPolicy.Unit unit) {
        return (int) unit.attributes().stream().filter(a -> c.canonical().getOrNull(a) != null).count();
    }

    private static int length(Contribution c, SurvivorshipPolicy.Unit unit) {
        return unit.attributes().stream().map(a -> c.canonical().getOrNull(a)).filter(Objects::nonNull).mapToInt(String::length).sum();
    }

    /** Values that differ only in case count as one for frequency. */
    private static String valueKey(Contribution c, SurvivorshipPolicy.Unit unit) {
        List<String> parts = new ArrayList<>();
        for (CanonicalAttribute a : unit.attributes()) parts.add(Optional.ofNullable(c.canonical().getOrNull(a)).orElse(""));
        return String.join("\u001f", parts).toLowerCase(Locale.ROOT);
    }
}
