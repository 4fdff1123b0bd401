package org.customerhub.mastering;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.audit.AuditLog;
import org.customerhub.common.Json;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.ingestion.SourceRecord;
import org.customerhub.ingestion.SourceRecordRepository;
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
import java.util.stream.Collectors;

/**
 * Keeps one master per person: creates masters, links source records to them, merges two masters into the
 * older one (whose number survives; the other number stays resolvable), and recomputes golden records.
 * Every change is a master event and, for steward actions, an audit entry.
 */
@Singleton
public class MasteringService {
    private static final TypeReference<LinkedHashMap<String, GoldenValue>> GOLDEN = new TypeReference<>() { };

    private final MasterRecordRepository masters;
    private final MasterEventRepository events;
    private final SourceRecordRepository records;
    private final SourceRegistry sources;
    private final AuditLog audit;
    private final NotAMatchRegistry notAMatch;
    private final List<ContributionProvider> providers;

    public MasteringService(MasterRecordRepository masters, MasterEventRepository events, SourceRecordRepository records,
                            SourceRegistry sources, AuditLog audit, NotAMatchRegistry notAMatch,
                            List<ContributionProvider> providers) {
        this.notAMatch = notAMatch;
        this.providers = providers;
        this.masters = masters;
        this.events = events;
        this.records = records;
        this.sources = sources;
        this.audit = audit;
    }

    @Transactional
    public MasterRecord createFor(SourceRecord record, String actor, String reason) {
        MasterRecord master = masters.save(new MasterRecord());
        record.setMasterId(master.getId());
        record.setIndexed(false);
        records.update(record);
        recompute(master);
        events.save(new MasterEvent(master.getId(), "CREATED", actor, Json.write(Map.of(
                "reason", reason, "recordId", record.getId(), "source", sourceCode(record), "sourceKey", record.getSourceKey()))));
        return master;
    }

    @Transactional
    public MasterRecord link(SourceRecord record, long masterId, String actor, String reason) {
        MasterRecord master = masters.findById(masterId).orElseThrow(() -> RequestRefused.notFound("master", String.valueOf(masterId)));
        record.setMasterId(master.getId());
        record.setIndexed(false);
        records.update(record);
        recompute(master);
        events.save(new MasterEvent(master.getId(), "RECORD_LINKED", actor, Json.write(Map.of(
                "reason", reason, "recordId", record.getId(), "source", sourceCode(record), "sourceKey", record.getSourceKey()))));
        return master;
    }

    /** Called when a linked record's content changed. */
    @Transactional
    public void recordChanged(SourceRecord record, String actor) {
        if (record.getMasterId() == null) return;
        MasterRecord master = masters.findById(record.getMasterId()).orElseThrow();
        Map<String, GoldenValue> before = golden(master);
        recompute(master);
        record.setIndexed(false);
        records.update(record);
        if (!before.equals(golden(master))) {
            events.save(new MasterEvent(master.getId(), "GOLDEN_UPDATED", actor, Json.write(Map.of(
                    "recordId", record.getId(), "before", before, "after", golden(master)))));
        }
    }

    /**
     * Merges two masters; the older survives with its number, the other becomes an alias of it. Merging a master
     * with itself (already merged through another path) changes nothing.
     */
    @Transactional
    public MasterRecord merge(long masterA, long masterB, String actor, String reason) {
        MasterRecord a = active(masterA);
        MasterRecord b = active(masterB);
        if (a.getId().equals(b.getId())) return a;
        MasterRecord survivor = a.getId() < b.getId() ? a : b;
        MasterRecord absorbed = survivor == a ? b : a;
        Map<String, GoldenValue> survivorBefore = golden(survivor);
        Map<String, GoldenValue> absorbedBefore = golden(absorbed);
        List<Long> moved = new ArrayList<>();
        for (SourceRecord r : records.findByMasterId(absorbed.getId())) {
            r.setMasterId(survivor.getId());
            r.setIndexed(false);
            records.update(r);
            moved.add(r.getId());
        }
        absorbed.setStatus(MasterRecord.Status.MERGED.name());
        absorbed.setMergedIntoId(survivor.getId());
        absorbed.setUpdatedAt(Instant.now());
        masters.update(absorbed);
        recompute(survivor);
        String detail = Json.write(Map.of("reason", reason, "survivor", survivor.getCustomerNumber(),
                "absorbed", absorbed.getCustomerNumber(), "movedRecordIds", moved,
                "survivorGoldenBefore", survivorBefore, "absorbedGoldenBefore", absorbedBefore,
                "goldenAfter", golden(survivor)));
        events.save(new MasterEvent(survivor.getId(), "MERGED", actor, detail));
        events.save(new MasterEvent(absorbed.getId(), "MERGED_INTO", actor, detail));
        audit.record(actor, "MASTERS_MERGED", "master:" + survivor.getCustomerNumber(),
                "absorbed " + absorbed.getCustomerNumber() + "; " + reason);
        return survivor;
    }

    /**
     * Takes the given source records out of a master. Each record goes back to the master it came from by a merge,
     * which is restored with its own customer number (and its golden record, recomputed from the same records);
     * a record that never had another master gets a new one. The records taken out and the records that stay are
     * asserted not-a-match, so automatic matching never undoes a steward's unmerge.
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
        Map<Long, MasterRecord> formerByRecord = formerMasters(survivor, recordIds);
        Map<Long, MasterRecord> targets = new LinkedHashMap<>();
        List<Long> staying = memberIds.stream().filter(id -> !recordIds.contains(id)).sorted().toList();
        for (SourceRecord r : members.stream().filter(m -> recordIds.contains(m.getId())).sorted(Comparator.comparing(SourceRecord::getId)).toList()) {
            MasterRecord former = formerByRecord.get(r.getId());
            MasterRecord target = former != null
                    ? targets.computeIfAbsent(former.getId(), k -> restore(former))
                    : targets.computeIfAbsent(-r.getId(), k -> masters.save(new MasterRecord()));
            r.setMasterId(target.getId());
            r.setIndexed(false);
            records.update(r);
            for (Long stay : staying) notAMatch.assertNotAMatch(r.getId(), stay, actor, "unmerged from " + survivor.getCustomerNumber());
        }
        recompute(survivor);
        targets.values().forEach(this::recompute);
        List<String> numbers = targets.values().stream().map(MasterRecord::getCustomerNumber).toList();
        String detail = Json.write(Map.of("reason", reason, "from", survivor.getCustomerNumber(),
                "recordIds", recordIds.stream().sorted().toList(), "restoredOrNew", numbers));
        events.save(new MasterEvent(survivor.getId(), "UNMERGED", actor, detail));
        targets.values().forEach(t -> events.save(new MasterEvent(t.getId(), "RESTORED", actor, detail)));
        audit.record(actor, "MASTERS_UNMERGED", "master:" + survivor.getCustomerNumber(), "to " + numbers + "; " + reason);
        return new Unmerged(survivor.getCustomerNumber(), numbers);
    }

    public record Unmerged(String from, List<String> restoredOrNew) {
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

    private MasterView view(MasterRecord master, String requested) {
        List<MasterView.CrossReference> xrefs = records.findByMasterId(master.getId()).stream()
                .sorted(Comparator.comparing(SourceRecord::getId))
                .map(r -> new MasterView.CrossReference(r.getId(), sourceCode(r), r.getSourceKey(), r.getRecordVersion(),
                        CanonicalRecord.fromWire(Json.readMap(r.getCanonicalJson())).toWire(), r.getUpdatedAt()))
                .toList();
        List<String> merged = mergedNumbers(master.getId());
        return new MasterView(master.getCustomerNumber(), master.getStatus(), requested, merged, golden(master), xrefs,
                master.getCreatedAt(), master.getUpdatedAt(), master.getLockVersion());
    }

    private List<String> mergedNumbers(long survivorId) {
        List<String> numbers = new ArrayList<>();
        for (MasterRecord m : masters.findByMergedIntoId(survivorId)) {
            numbers.add(m.getCustomerNumber());
            numbers.addAll(mergedNumbers(m.getId()));
        }
        return numbers;
    }

    /**
     * The golden record two active masters would have if they were merged now, with its lineage; writes nothing.
     */
    @Transactional
    public Map<String, GoldenValue> previewMerge(long masterIdA, long masterIdB) {
        List<SourceRecord> members = new ArrayList<>(records.findByMasterId(active(masterIdA).getId()));
        long b = active(masterIdB).getId();
        if (b != active(masterIdA).getId()) members.addAll(records.findByMasterId(b));
        return goldenOf(members);
    }

    private void recompute(MasterRecord master) {
        master.setGolden(Json.write(goldenOf(records.findByMasterId(master.getId()))));
        master.setUpdatedAt(Instant.now());
        masters.update(master);
    }

    private Map<String, GoldenValue> goldenOf(List<SourceRecord> members) {
        List<Contribution> contributions = new ArrayList<>(members.stream().map(this::contribution).toList());
        providers.forEach(p -> contributions.addAll(p.contributionsFor(members)));
        Map<CanonicalAttribute, GoldenValue> golden = Survivorship.golden(contributions);
        Map<String, GoldenValue> wire = new LinkedHashMap<>();
        golden.forEach((k, v) -> wire.put(k.wireName(), v));
        return wire;
    }

    private Contribution contribution(SourceRecord r) {
        SourceInfo source = sources.byId(r.getSourceId());
        return new Contribution(r.getId(), source.code(), r.getSourceKey(), source.trust(), r.getUpdatedAt(),
                CanonicalRecord.fromWire(Json.readMap(r.getCanonicalJson())));
    }

    public static Map<String, GoldenValue> golden(MasterRecord master) {
        return Json.read(master.getGolden(), GOLDEN);
    }

    private String sourceCode(SourceRecord r) {
        return sources.byId(r.getSourceId()).code();
    }
}
