package org.customerhub.mastering;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.customerhub.audit.AuditLog;
import org.customerhub.common.Json;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.events.ChangeEvents;
import org.customerhub.household.HouseholdService;
import org.customerhub.ingestion.SourceRecord;
import org.customerhub.ingestion.SourceRecordRepository;
import org.customerhub.ingestion.SourceRecordVersion;
import org.customerhub.ingestion.SourceRecordVersionRepository;
import org.customerhub.matching.NotAMatchRegistry;
import org.customerhub.source.SourceInfo;
import org.customerhub.source.SourceRegistry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Keeps one master per person: creates masters, links source records to them, merges two masters into the
 * older one (whose number survives; the other number stays resolvable), unmerges exactly, and recomputes golden
 * records by {@link Survivorship} whenever a contributing record comes, changes or leaves. Every change is a
 * master event carrying the master as it was afterwards (the point-in-time view reads them), an outbox change
 * event for webhook subscribers in the same transaction and, for steward actions, an audit entry.
 */
@Singleton
public class MasteringService {
    private static final TypeReference<LinkedHashMap<String, GoldenValue>> GOLDEN = new TypeReference<>() { };

    private final MasterRecordRepository masters;
    private final MasterEventRepository events;
    private final SourceRecordRepository records;
    private final SourceRecordVersionRepository versions;
    private final SourceRegistry sources;
    private final AuditLog audit;
    private final NotAMatchRegistry notAMatch;
    private final MasterNotAMatchRepository masterNotAMatch;
    private final GoldenOverrideRepository overrides;
    private final List<ContributionProvider> providers;
    private final Survivorship survivorship;
    private final HouseholdService households;
    private final ChangeEvents changes;
    private final CustomerNumberScheme numbering;
    private final EntityManager entities;

    @SuppressWarnings("java:S107") // the collaborators of the master's life cycle; each is a narrow port
    public MasteringService(MasterRecordRepository masters, MasterEventRepository events, SourceRecordRepository records,
                            SourceRecordVersionRepository versions, SourceRegistry sources, AuditLog audit,
                            NotAMatchRegistry notAMatch, MasterNotAMatchRepository masterNotAMatch,
                            GoldenOverrideRepository overrides, List<ContributionProvider> providers,
                            Survivorship survivorship, HouseholdService households, ChangeEvents changes,
                            CustomerNumberScheme numbering, EntityManager entities) {
        this.entities = entities;
        this.masters = masters;
        this.events = events;
        this.records = records;
        this.versions = versions;
        this.sources = sources;
        this.audit = audit;
        this.notAMatch = notAMatch;
        this.masterNotAMatch = masterNotAMatch;
        this.overrides = overrides;
        this.providers = providers;
        this.survivorship = survivorship;
        this.households = households;
        this.changes = changes;
        this.numbering = numbering;
    }

    /**
     * A new master for one record. It has no other records, no master merged into it and no overrides yet, and no
     * household row: its golden record, household and first snapshot are computed from the record alone, without
     * reading any of them back.
     */
    @Transactional
    public MasterRecord createFor(SourceRecord record, String actor, String reason) {
        MasterRecord master = masters.save(new MasterRecord(numbering));
        attach(record, master);
        Recomputed state = recompute(master, new Family(List.of(master.getId()), List.of()), List.of(record), List.of(), true);
        journal(master, state, "CREATED", actor, recordDetail(reason, record), ChangeEvents.CREATED, Map.of());
        return master;
    }

    @Transactional
    public MasterRecord link(SourceRecord record, long masterId, String actor, String reason) {
        MasterRecord master = masters.findById(masterId).orElseThrow(() -> RequestRefused.notFound("master", String.valueOf(masterId)));
        Map<String, GoldenValue> before = golden(master);
        attach(record, master);
        Recomputed state = recompute(master);
        Map<String, Object> detail = new LinkedHashMap<>(recordDetail(reason, record));
        detail.put("before", before);
        detail.put("after", golden(master));
        journal(master, state, "RECORD_LINKED", actor, detail, ChangeEvents.UPDATED, Map.of("changed", changed(before, golden(master))));
        return master;
    }

    /** Called when a linked record's content changed. */
    @Transactional
    public void recordChanged(SourceRecord record, String actor) {
        if (record.getMasterId() == null) return;
        MasterRecord master = masters.findById(record.getMasterId()).orElseThrow();
        Map<String, GoldenValue> before = golden(master);
        Recomputed state = recompute(master);
        record.setIndexed(false);
        records.update(record);
        if (!before.equals(golden(master))) {
            journal(master, state, "GOLDEN_UPDATED", actor, Map.of("recordId", record.getId(), "before", before, "after", golden(master)),
                    ChangeEvents.UPDATED, Map.of("changed", changed(before, golden(master))));
        }
    }

    /**
     * Merges two masters; the older survives with its number, the other becomes an alias of it. Merging a master
     * with itself (already merged through another path) changes nothing. Masters asserted to be different people
     * (or holding records that are) are refused until the assertion is revoked.
     */
    @Transactional
    public MasterRecord merge(long masterA, long masterB, String actor, String reason) {
        MasterRecord a = active(masterA);
        MasterRecord b = active(masterB);
        if (a.getId().equals(b.getId())) return a;
        requireNotAsserted(a, b);
        MasterRecord survivor = a.getId() < b.getId() ? a : b;
        MasterRecord absorbed = survivor == a ? b : a;
        Map<String, GoldenValue> survivorBefore = golden(survivor);
        Map<String, GoldenValue> absorbedBefore = golden(absorbed);
        List<Long> moved = new ArrayList<>();
        for (SourceRecord r : records.findByMasterId(absorbed.getId())) {
            attach(r, survivor);
            moved.add(r.getId());
        }
        absorbed.setStatus(MasterRecord.Status.MERGED.name());
        absorbed.setMergedIntoId(survivor.getId());
        absorbed.setUpdatedAt(Instant.now());
        masters.update(absorbed);
        households.leave(absorbed.getId());
        recompute(survivor);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reason", reason);
        detail.put("survivor", survivor.getCustomerNumber());
        detail.put("absorbed", absorbed.getCustomerNumber());
        detail.put("movedRecordIds", moved);
        detail.put("survivorGoldenBefore", survivorBefore);
        detail.put("absorbedGoldenBefore", absorbedBefore);
        detail.put("goldenAfter", golden(survivor));
        journal(survivor, "MERGED", actor, detail, ChangeEvents.MERGED,
                Map.of("survivor", survivor.getCustomerNumber(), "absorbed", absorbed.getCustomerNumber()));
        journal(absorbed, "MERGED_INTO", actor, detail, null, null);
        audit.record(actor, "MASTERS_MERGED", "master:" + survivor.getCustomerNumber(),
                "absorbed " + absorbed.getCustomerNumber() + "; " + reason);
        return survivor;
    }

    private void requireNotAsserted(MasterRecord a, MasterRecord b) {
        MasterNotAMatch n = assertionBetween(a, b);
        if (n != null) {
            throw RequestRefused.conflict("Asserted not a match", a.getCustomerNumber() + " and " + b.getCustomerNumber()
                    + " are asserted to be different people (by " + n.getAssertedBy()
                    + "); revoke the assertion before merging them");
        }
        List<Long> recordsOfA = records.findByMasterId(a.getId()).stream().map(SourceRecord::getId).toList();
        List<Long> recordsOfB = records.findByMasterId(b.getId()).stream().map(SourceRecord::getId).toList();
        if (notAMatch.anyBetween(recordsOfA, recordsOfB)) {
            throw RequestRefused.conflict("Asserted not a match", "records of " + a.getCustomerNumber() + " and "
                    + b.getCustomerNumber() + " are asserted to be different people; revoke that assertion before merging them");
        }
    }

    /**
     * Takes the given source records out of a master. Each record goes back to the master it came from by a merge,
     * which is restored with its own customer number (and its golden record, recomputed from the same records and
     * its own overrides); a record that never had another master gets a new one. The records taken out and the
     * records that stay are asserted not-a-match, so automatic matching never undoes a steward's unmerge.
     */
    @Transactional
    public Unmerged unmerge(String customerNumber, Set<Long> recordIds, String actor, String reason) {
        MasterRecord survivor = resolve(customerNumber);
        List<SourceRecord> members = records.findByMasterId(survivor.getId());
        Set<Long> memberIds = members.stream().map(SourceRecord::getId).collect(Collectors.toSet());
        List<Long> foreign = recordIds.stream().filter(id -> !memberIds.contains(id)).sorted().toList();
        if (recordIds.isEmpty() || !foreign.isEmpty()) {
            throw RequestRefused.invalid("Records do not belong to the master", List.of(new Violation("records",
                    recordIds.isEmpty() ? "name at least one source record of " + survivor.getCustomerNumber()
                            : "records " + foreign + " are not source records of " + survivor.getCustomerNumber())));
        }
        if (recordIds.containsAll(memberIds)) {
            throw RequestRefused.invalid("Unmerge would empty the master", List.of(new Violation("records",
                    "at least one source record must stay with " + survivor.getCustomerNumber())));
        }
        Map<String, GoldenValue> before = golden(survivor);
        Map<Long, MasterRecord> formerByRecord = formerMasters(survivor, recordIds);
        Map<Long, MasterRecord> targets = new LinkedHashMap<>();
        List<Long> staying = memberIds.stream().filter(id -> !recordIds.contains(id)).sorted().toList();
        for (SourceRecord r : members.stream().filter(m -> recordIds.contains(m.getId())).sorted(Comparator.comparing(SourceRecord::getId)).toList()) {
            MasterRecord former = formerByRecord.get(r.getId());
            MasterRecord target = former != null
                    ? targets.computeIfAbsent(former.getId(), k -> restore(former))
                    : targets.computeIfAbsent(-r.getId(), k -> masters.save(new MasterRecord(numbering)));
            attach(r, target);
            for (Long stay : staying) notAMatch.assertNotAMatch(r.getId(), stay, actor, "unmerged from " + survivor.getCustomerNumber());
        }
        recompute(survivor);
        targets.values().forEach(this::recompute);
        List<String> numbers = targets.values().stream().map(MasterRecord::getCustomerNumber).toList();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reason", reason);
        detail.put("from", survivor.getCustomerNumber());
        detail.put("recordIds", recordIds.stream().sorted().toList());
        detail.put("restoredOrNew", numbers);
        detail.put("before", before);
        detail.put("after", golden(survivor));
        journal(survivor, "UNMERGED", actor, detail, ChangeEvents.UNMERGED,
                Map.of("from", survivor.getCustomerNumber(), "restoredOrNew", numbers));
        targets.values().forEach(t -> journal(t, "RESTORED", actor, detail, null, null));
        audit.record(actor, "MASTERS_UNMERGED", "master:" + survivor.getCustomerNumber(), "to " + numbers + "; " + reason);
        return new Unmerged(survivor.getCustomerNumber(), numbers);
    }

    public record Unmerged(String from, List<String> restoredOrNew) {
    }

    /**
     * Undoes one merge in the master's history: the records that merge brought in and that are still on the
     * master leave again, back to the master they came from (with its number).
     */
    @Transactional
    public Unmerged undoMerge(String customerNumber, long mergeEventId, String actor, String reason) {
        MasterRecord master = resolve(customerNumber);
        MasterEvent merge = events.findById(mergeEventId)
                .filter(e -> e.getMasterId().equals(master.getId()) && "MERGED".equals(e.getKind()))
                .orElseThrow(() -> RequestRefused.notFound("merge", master.getCustomerNumber() + " event " + mergeEventId));
        Set<Long> stillHere = stillMoved(master, merge);
        if (stillHere.isEmpty()) {
            throw RequestRefused.conflict("Merge already undone", "the records of that merge are no longer on " + master.getCustomerNumber());
        }
        return unmerge(customerNumber, stillHere, actor, reason);
    }

    /** The merge events of the master's history that can still be undone (their records are still on it). */
    @Transactional
    public Set<Long> undoableMerges(String customerNumber) {
        MasterRecord master = resolve(customerNumber);
        return events.findByMasterIdOrderById(master.getId()).stream().filter(e -> "MERGED".equals(e.getKind()))
                .filter(e -> !stillMoved(master, e).isEmpty()).map(MasterEvent::getId).collect(Collectors.toSet());
    }

    private Set<Long> stillMoved(MasterRecord master, MasterEvent merge) {
        Set<Long> members = records.findByMasterId(master.getId()).stream().map(SourceRecord::getId).collect(Collectors.toSet());
        return ((List<?>) Json.readMap(merge.getDetail()).get("movedRecordIds")).stream()
                .map(id -> ((Number) id).longValue()).filter(members::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    /** For each record, the master it was merged in from, following the survivor's merge events back in time. */
    private Map<Long, MasterRecord> formerMasters(MasterRecord survivor, Set<Long> recordIds) {
        Map<Long, MasterRecord> former = new HashMap<>();
        List<MasterEvent> merges = events.findByMasterIdOrderById(survivor.getId()).stream()
                .filter(e -> "MERGED".equals(e.getKind())).toList();
        for (int i = merges.size() - 1; i >= 0; i--) {
            Map<String, Object> detail = Json.readMap(merges.get(i).getDetail());
            MasterRecord absorbed = masters.findByCustomerNumber((String) detail.get("absorbed")).orElse(null);
            if (absorbed == null || absorbed.isActive()) continue;
            for (Object moved : (List<?>) detail.get("movedRecordIds")) {
                long id = ((Number) moved).longValue();
                if (recordIds.contains(id)) former.putIfAbsent(id, absorbed);
            }
        }
        return former;
    }

    private MasterRecord restore(MasterRecord absorbed) {
        absorbed.setStatus(MasterRecord.Status.ACTIVE.name());
        absorbed.setMergedIntoId(null);
        absorbed.setUpdatedAt(Instant.now());
        return masters.update(absorbed);
    }

    /** The active master behind a number, following merges; the number of a merged master still resolves. */
    @Transactional
    public MasterRecord resolve(String customerNumber) {
        MasterRecord master = masters.findByCustomerNumber(customerNumber)
                .orElseThrow(() -> RequestRefused.notFound("master", customerNumber));
        return active(master.getId());
    }

    @Transactional
    public MasterRecord active(long masterId) {
        MasterRecord master = masters.findById(masterId).orElseThrow(() -> RequestRefused.notFound("master", String.valueOf(masterId)));
        for (int hops = 0; !master.isActive() && master.getMergedIntoId() != null && hops < 1000; hops++) {
            master = masters.findById(master.getMergedIntoId()).orElseThrow();
        }
        return master;
    }

    @Transactional
    public MasterView view(String customerNumber) {
        MasterRecord master = resolve(customerNumber);
        return view(master, customerNumber);
    }

    @Transactional
    public MasterView view(long masterId) {
        MasterRecord master = active(masterId);
        return view(master, master.getCustomerNumber());
    }

    @Transactional
    public List<MasterEvent> history(String customerNumber) {
        return events.findByMasterIdOrderById(resolve(customerNumber).getId());
    }

    /**
     * The master behind a number as it was at a moment: the state recorded with its last event at or before then,
     * following a merge that had happened by then to the survivor of that time.
     */
    @Transactional
    public MasterView viewAt(String customerNumber, Instant at) {
        MasterRecord master = masters.findByCustomerNumber(customerNumber)
                .orElseThrow(() -> RequestRefused.notFound("master", customerNumber));
        for (int hops = 0; hops < 1000; hops++) {
            MasterEvent last = events.findByMasterIdAndAtLessThanEqualOrderByIdDesc(master.getId(), at).stream()
                    .filter(e -> e.getSnapshot() != null).findFirst()
                    .orElseThrow(() -> RequestRefused.notFound("state of master", customerNumber + " at " + at));
            Snapshot snapshot = Json.read(last.getSnapshot(), new TypeReference<Snapshot>() { });
            if (MasterRecord.Status.MERGED.name().equals(snapshot.status()) && snapshot.mergedInto() != null) {
                master = masters.findByCustomerNumber(snapshot.mergedInto()).orElseThrow();
                continue;
            }
            return snapshot.toView(master, customerNumber, last.getAt(), at, this::canonicalAt);
        }
        throw new IllegalStateException("merge chain too long at " + customerNumber);
    }

    private Map<String, String> canonicalAt(long recordId, int recordVersion) {
        return versions.findBySourceRecordIdOrderByRecordVersion(recordId).stream()
                .filter(v -> v.getRecordVersion() == recordVersion).findFirst()
                .map(SourceRecordVersion::getCanonicalJson).map(json -> CanonicalRecord.fromWire(Json.readMap(json)).toWire())
                .orElse(Map.of());
    }

    private MasterView view(MasterRecord master, String requested) {
        List<MasterView.CrossReference> xrefs = records.findByMasterId(master.getId()).stream()
                .sorted(Comparator.comparing(SourceRecord::getId))
                .map(r -> new MasterView.CrossReference(r.getId(), sourceCode(r), r.getSourceKey(), r.getRecordVersion(),
                        CanonicalRecord.fromWire(Json.readMap(r.getCanonicalJson())).toWire(), r.getUpdatedAt()))
                .toList();
        return new MasterView(master.getCustomerNumber(), master.getStatus(), requested, mergedNumbers(master.getId()),
                golden(master), xrefs, master.getCreatedAt(), master.getUpdatedAt(), master.getLockVersion(),
                households.numberOf(master.getId()).orElse(null), overrideViews(master), null);
    }

    private List<MasterView.Override> overrideViews(MasterRecord master) {
        return overrideViews(master, effectiveOverrides(master));
    }

    private List<MasterView.Override> overrideViews(MasterRecord master, List<GoldenOverride> inForce) {
        Map<Long, String> numbers = new HashMap<>();
        return inForce.stream().map(o -> {
            SourceRecord origin = o.getRecordId() == null ? null : records.findById(o.getRecordId()).orElse(null);
            return new MasterView.Override(o.getId(), o.getAttribute(), o.getKind(), o.values(),
                    origin == null ? null : sourceCode(origin), origin == null ? null : origin.getSourceKey(),
                    o.getReason(), o.getCreatedBy(), o.getCreatedAt(),
                    numbers.computeIfAbsent(o.getMasterId(), id -> masters.findById(id).map(MasterRecord::getCustomerNumber).orElse(null)));
        }).toList();
    }

    private List<String> mergedNumbers(long survivorId) {
        return familyOf(survivorId).mergedNumbers();
    }

    /** The master and every master merged into it, directly or through others. */
    List<Long> family(long masterId) {
        return familyOf(masterId).ids();
    }

    /**
     * A master's family, read once: its id and the ids of every master merged into it (depth first), and the
     * customer numbers of those merged in, in the same order.
     */
    record Family(List<Long> ids, List<String> mergedNumbers) {
    }

    private Family familyOf(long masterId) {
        Family family = new Family(new ArrayList<>(), new ArrayList<>());
        addFamily(masterId, family);
        return family;
    }

    private void addFamily(long masterId, Family family) {
        family.ids().add(masterId);
        for (MasterRecord m : masters.findByMergedIntoId(masterId)) {
            family.mergedNumbers().add(m.getCustomerNumber());
            addFamily(m.getId(), family);
        }
    }

    /** The master-level not-a-match in force between two active masters (made on them or on masters merged in). */
    MasterNotAMatch assertionBetween(MasterRecord a, MasterRecord b) {
        for (MasterNotAMatch n : masterNotAMatch.findActiveInvolving(family(a.getId()))) {
            long low = active(n.getMasterLowId()).getId();
            long high = active(n.getMasterHighId()).getId();
            if (low == b.getId() && high == a.getId() || low == a.getId() && high == b.getId()) return n;
        }
        return null;
    }

    /**
     * The pins and verifications in force on an active master: its own first, then those of the masters merged
     * into it, newest first. An unmerge restores a master and so takes its overrides back with it.
     */
    List<GoldenOverride> effectiveOverrides(MasterRecord master) {
        return effectiveOverrides(master, family(master.getId()));
    }

    private List<GoldenOverride> effectiveOverrides(MasterRecord master, List<Long> family) {
        return overrides.findByMasterIdInAndActiveTrue(family).stream()
                .sorted(Comparator.comparing((GoldenOverride o) -> !o.getMasterId().equals(master.getId()))
                        .thenComparing(GoldenOverride::getCreatedAt, Comparator.reverseOrder())
                        .thenComparing(GoldenOverride::getId, Comparator.reverseOrder()))
                .toList();
    }

    /**
     * The golden record two active masters would have if they were merged now, with its lineage; writes nothing.
     */
    @Transactional
    public Map<String, GoldenValue> previewMerge(long masterIdA, long masterIdB) {
        MasterRecord a = active(masterIdA);
        MasterRecord b = active(masterIdB);
        List<SourceRecord> members = new ArrayList<>(records.findByMasterId(a.getId()));
        List<GoldenOverride> inForce = new ArrayList<>(effectiveOverrides(a.getId() < b.getId() ? a : b));
        if (!b.getId().equals(a.getId())) {
            members.addAll(records.findByMasterId(b.getId()));
            inForce.addAll(effectiveOverrides(a.getId() < b.getId() ? b : a));
        }
        return goldenOf(members, inForce);
    }

    private void attach(SourceRecord record, MasterRecord master) {
        record.setMasterId(master.getId());
        record.setIndexed(false);
        records.update(record);
    }

    /**
     * What recomputing an active master read and placed: its records, family, overrides in force and household.
     * A journal entry written right after it (nothing changed the master in between) takes its snapshot from this
     * instead of reading it all again.
     */
    record Recomputed(List<SourceRecord> members, Family family, List<GoldenOverride> overrides, String household) {
    }

    /** Recomputes the golden record from the master's records and overrides, and places it in its household. */
    Recomputed recompute(MasterRecord master) {
        Family family = familyOf(master.getId());
        List<SourceRecord> members = records.findByMasterId(master.getId());
        return recompute(master, family, members, effectiveOverrides(master, family.ids()), false);
    }

    private Recomputed recompute(MasterRecord master, Family family, List<SourceRecord> members, List<GoldenOverride> inForce,
                                 boolean newMaster) {
        Map<String, GoldenValue> golden = goldenOf(members, inForce);
        master.setGolden(Json.write(golden));
        master.setUpdatedAt(Instant.now());
        masters.update(master);
        String household = (newMaster ? households.placeNew(master.getId(), master.getCustomerNumber(), values(golden))
                : households.place(master.getId(), master.getCustomerNumber(), values(golden))).orElse(null);
        return new Recomputed(members, family, inForce, household);
    }

    private Map<String, GoldenValue> goldenOf(List<SourceRecord> members, List<GoldenOverride> inForce) {
        Map<CanonicalAttribute, GoldenValue> golden = survivorship.golden(contributions(members), inForce);
        Map<String, GoldenValue> wire = new LinkedHashMap<>();
        golden.forEach((k, v) -> wire.put(k.wireName(), v));
        return wire;
    }

    /** The contributions of a master's records and of every {@link ContributionProvider}. */
    List<Contribution> contributions(List<SourceRecord> members) {
        List<Contribution> contributions = new ArrayList<>(members.stream().map(this::contribution).toList());
        providers.forEach(p -> contributions.addAll(p.contributionsFor(members)));
        return contributions;
    }

    private Contribution contribution(SourceRecord r) {
        SourceInfo source = sources.byId(r.getSourceId());
        return new Contribution(r.getId(), source.code(), r.getSourceKey(), source.trust(), r.getUpdatedAt(),
                CanonicalRecord.fromWire(Json.readMap(r.getCanonicalJson())));
    }

    /** The golden values alone, by attribute wire name. */
    static Map<String, String> values(Map<String, GoldenValue> golden) {
        Map<String, String> values = new LinkedHashMap<>();
        golden.forEach((k, v) -> values.put(k, v.value()));
        return values;
    }

    public static Map<String, GoldenValue> golden(MasterRecord master) {
        return Json.read(master.getGolden(), GOLDEN);
    }

    /**
     * Records an event in the master's history with the master as it is now, and, for a change subscribers hear
     * of ({@code eventType} not null), the outbox entry, both in the caller's transaction.
     */
    void journal(MasterRecord master, String kind, String actor, Map<String, Object> detail, String eventType, Map<String, Object> data) {
        List<SourceRecord> members = records.findByMasterId(master.getId());
        String mergedInto = master.getMergedIntoId() == null ? null
                : masters.findById(master.getMergedIntoId()).map(MasterRecord::getCustomerNumber).orElse(null);
        List<String> mergedNumbers = mergedNumbers(master.getId());
        String household = master.isActive() ? households.numberOf(master.getId()).orElse(null) : null;
        List<MasterView.Override> overrideViews = master.isActive() ? overrideViews(master) : List.of();
        journal(master, members, mergedInto, mergedNumbers, household, overrideViews, kind, actor, detail, eventType, data);
    }

    /** The same for an active master just recomputed: the snapshot is made of what {@code state} read. */
    void journal(MasterRecord master, Recomputed state, String kind, String actor, Map<String, Object> detail, String eventType,
                 Map<String, Object> data) {
        // the snapshot's version is the master's after its update is written, as when the reads above flushed it
        entities.flush();
        journal(master, state.members(), null, state.family().mergedNumbers(), state.household(),
                overrideViews(master, state.overrides()), kind, actor, detail, eventType, data);
    }

    @SuppressWarnings("java:S107")
    private void journal(MasterRecord master, List<SourceRecord> members, String mergedInto, List<String> mergedNumbers,
                         String household, List<MasterView.Override> overrideViews, String kind, String actor,
                         Map<String, Object> detail, String eventType, Map<String, Object> data) {
        MasterEvent event = new MasterEvent(master.getId(), kind, actor, Json.write(detail));
        event.setSnapshot(Json.write(Snapshot.of(master, mergedInto, members, this::sourceCode, mergedNumbers, household,
                overrideViews, golden(master))));
        events.save(event);
        if (eventType == null) return;
        Set<String> codes = new TreeSet<>(members.stream().map(this::sourceCode).toList());
        if (data.get("absorbed") instanceof String absorbed) {
            masters.findByCustomerNumber(absorbed).ifPresent(m -> records.findByMasterId(m.getId()).forEach(r -> codes.add(sourceCode(r))));
        }
        Map<String, Object> payload = new LinkedHashMap<>(data);
        payload.put("cause", kind);
        changes.publish(eventType, master.getCustomerNumber(), codes, payload);
    }

    private static List<String> changed(Map<String, GoldenValue> before, Map<String, GoldenValue> after) {
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        return names.stream().filter(n -> !java.util.Objects.equals(before.get(n), after.get(n))).toList();
    }

    private Map<String, Object> recordDetail(String reason, SourceRecord record) {
        return Map.of("reason", reason, "recordId", record.getId(), "source", sourceCode(record), "sourceKey", record.getSourceKey());
    }

    String sourceCode(SourceRecord r) {
        return sources.byId(r.getSourceId()).code();
    }
}
