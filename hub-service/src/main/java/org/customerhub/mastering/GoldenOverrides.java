package org.customerhub.mastering;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.audit.AuditLog;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.customer.CanonicalRecord;
import org.customerhub.events.ChangeEvents;
import org.customerhub.ingestion.SourceRecord;
import org.customerhub.ingestion.SourceRecordRepository;
import org.customerhub.standardize.PhoneStandardizer;
import org.customerhub.standardize.Standardizer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stewards' overrides of golden values: pin a value (typed in, or one record's value) so that it stays until
 * unpinned, whatever records come, change or merge in; unpin it; or verify one record's value so that the
 * {@code validated} criterion prefers it. Each is a master event, an outbox change event and an audit entry.
 */
@Singleton
public class GoldenOverrides {
    private static final Standardizer STANDARDIZER = new Standardizer();
    private final MasteringService mastering;
    private final SourceRecordRepository records;
    private final GoldenOverrideRepository overrides;
    private final Survivorship survivorship;
    private final AuditLog audit;

    public GoldenOverrides(MasteringService mastering, SourceRecordRepository records,
                           GoldenOverrideRepository overrides, Survivorship survivorship, AuditLog audit) {
        this.mastering = mastering;
        this.records = records;
        this.overrides = overrides;
        this.survivorship = survivorship;
        this.audit = audit;
    }

    /**
     * @param attribute an attribute's wire name, or a group's name (a group is pinned from a record)
     * @param value     the value to pin, or null to pin {@code recordId}'s value
     */
    @Transactional
    public MasterView pin(String customerNumber, String attribute, String value, Long recordId, String reason, String steward) {
        MasterRecord master = mastering.resolve(customerNumber);
        SurvivorshipPolicy.Unit unit = unit(attribute);
        Map<String, String> values;
        if (recordId != null) {
            values = valuesOf(master, unit, recordId);
        } else if (unit.isGroup()) {
            throw invalid("record", attribute + " is a group of attributes: pin it from one source record, or pin its attributes one by one");
        } else {
            values = Map.of(unit.name(), standardized(unit.attributes().get(0), value));
        }
        end(master, unit.name(), GoldenOverride.Kind.PIN, steward, "replaced by a new pin");
        overrides.save(new GoldenOverride(master.getId(), unit.name(), GoldenOverride.Kind.PIN, values, recordId, reason, steward));
        return changed(master, "VALUE_PINNED", "GOLDEN_VALUE_PINNED", unit.name(), reason, steward);
    }

    @Transactional
    public MasterView unpin(String customerNumber, String attribute, String reason, String steward) {
        MasterRecord master = mastering.resolve(customerNumber);
        SurvivorshipPolicy.Unit unit = unit(attribute);
        if (end(master, unit.name(), GoldenOverride.Kind.PIN, steward, reason) == 0) {
            throw RequestRefused.notFound("pin", unit.name() + " of " + master.getCustomerNumber());
        }
        return changed(master, "VALUE_UNPINNED", "GOLDEN_VALUE_UNPINNED", unit.name(), reason, steward);
    }

    /** Marks one record's current value of an attribute (or group) as checked by a steward. */
    @Transactional
    public MasterView verify(String customerNumber, String attribute, long recordId, String reason, String steward) {
        MasterRecord master = mastering.resolve(customerNumber);
        SurvivorshipPolicy.Unit unit = unit(attribute);
        if (!survivorship.policy().units().contains(unit)) {
            throw invalid("attribute", attribute + " is part of the group " + survivorship.policy().groupOf(unit.attributes().get(0))
                    .map(SurvivorshipPolicy.Unit::name).orElse("?") + ": verify the group");
        }
        Map<String, String> values = valuesOf(master, unit, recordId);
        end(master, unit.name(), GoldenOverride.Kind.VERIFIED, steward, "another value verified");
        overrides.save(new GoldenOverride(master.getId(), unit.name(), GoldenOverride.Kind.VERIFIED, values, recordId, reason, steward));
        return changed(master, "VALUE_VERIFIED", "GOLDEN_VALUE_VERIFIED", unit.name(), reason, steward);
    }

    private MasterView changed(MasterRecord master, String kind, String action, String unit, String reason, String steward) {
        Map<String, GoldenValue> before = MasteringService.golden(master);
        MasteringService.Recomputed state = mastering.recompute(master);
        Map<String, GoldenValue> after = MasteringService.golden(master);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("attribute", unit);
        detail.put("reason", reason);
        detail.put("before", before);
        detail.put("after", after);
        List<String> changed = after.keySet().stream().filter(k -> !after.get(k).equals(before.get(k))).toList();
        mastering.journal(master, state, kind, steward, detail, ChangeEvents.UPDATED, Map.of("changed", changed));
        audit.record(steward, action, "master:" + master.getCustomerNumber(), unit + "; " + reason);
        return mastering.view(master.getId());
    }

    /** Ends the active overrides of this kind on the unit, the master's own and those lent by merged-in masters. */
    private int end(MasterRecord master, String unit, GoldenOverride.Kind kind, String steward, String why) {
        int ended = 0;
        for (GoldenOverride o : mastering.effectiveOverrides(master)) {
            if (o.getAttribute().equals(unit) && o.kindOf() == kind) {
                o.end(steward, why);
                overrides.update(o);
                ended++;
            }
        }
        return ended;
    }

    private SurvivorshipPolicy.Unit unit(String attribute) {
        return survivorship.policy().unit(attribute == null ? "" : attribute).orElseThrow(() -> invalid("attribute",
                "'" + attribute + "' is neither a golden attribute nor a group ("
                        + String.join(", ", survivorship.policy().groups().keySet()) + ")"));
    }

    private Map<String, String> valuesOf(MasterRecord master, SurvivorshipPolicy.Unit unit, long recordId) {
        SourceRecord record = records.findById(recordId).filter(r -> master.getId().equals(r.getMasterId()))
                .orElseThrow(() -> invalid("record", "is not a source record of " + master.getCustomerNumber()));
        Contribution c = mastering.contributions(List.of(record)).get(0);
        Map<String, String> values = Survivorship.values(c, unit);
        if (values.isEmpty()) throw invalid("record", "the record has no " + unit.name());
        return values;
    }

    private static String standardized(CanonicalAttribute attribute, String value) {
        if (value == null || value.isBlank()) throw invalid("value", "give the value to pin, or a record whose value to pin");
        if (value.length() > 500) throw invalid("value", "at most 500 characters");
        String typed = attribute == CanonicalAttribute.PHONE
                ? PhoneStandardizer.toE164(value, MasterSearch.PHONE_REGION).orElseThrow(() -> invalid("value", "is not a phone number"))
                : value.strip();
        String clean;
        try {
            clean = STANDARDIZER.standardize(CanonicalRecord.of(Map.of(attribute, typed))).getOrNull(attribute);
        } catch (RuntimeException e) {
            clean = null;
        }
        if (clean == null) throw invalid("value", "is not a valid " + attribute.wireName().replace('_', ' '));
        return clean;
    }

    private static RequestRefused invalid(String field, String message) {
        return RequestRefused.invalid("Invalid override", List.of(new Violation(field, message)));
    }
}
