package org.customerhub.interaction;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.common.IsoTimes;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.ingestion.SourceRecord;
import org.customerhub.ingestion.SourceRecordRepository;
import org.customerhub.mastering.MasterRecord;
import org.customerhub.mastering.MasteringService;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.source.SourceInfo;
import org.customerhub.source.SourceRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sources report interactions against their own records; idempotent by the source's interaction id (the same
 * report twice changes nothing, a changed status updates it). Readers get a master's cross-silo timeline.
 */
@Singleton
public class InteractionService {
    private static final Logger LOG = LoggerFactory.getLogger(InteractionService.class);
    private static final int TOP = 10;
    private static final int MAX_TIMELINE = 500;

    private final InteractionRepository interactions;
    private final SourceRecordRepository records;
    private final SourceRegistry sources;
    private final MasteringService mastering;
    private final CustomerActivities activities;
    private final ApplicationEventPublisher<InteractionRecorded> events;

    public InteractionService(InteractionRepository interactions, SourceRecordRepository records, SourceRegistry sources,
                              MasteringService mastering, CustomerActivities activities,
                              ApplicationEventPublisher<InteractionRecorded> events) {
        this.interactions = interactions;
        this.records = records;
        this.sources = sources;
        this.mastering = mastering;
        this.activities = activities;
        this.events = events;
    }

    public enum Change { CREATED, UPDATED, UNCHANGED }

    public record Recorded(Change change, String source, String id, String sourceKey, String customerNumber, InteractionView interaction) {
    }

    /** Stores a source's report; once it is committed, the master's flags are looked at again ({@link InteractionRecorded}). */
    @Transactional
    public Recorded record(Principal caller, String code, InteractionReport report) {
        if (!caller.isSource(code)) throw RequestRefused.forbidden("Only source '" + code + "' itself reports its interactions, with its token");
        SourceInfo source = sources.byCode(code).orElseThrow(() -> RequestRefused.notFound("source", code));
        List<Violation> violations = new ArrayList<>();
        String id = required(report.id(), "id", 200, violations);
        String sourceKey = required(report.sourceKey(), "sourceKey", 200, violations);
        String kind = vocabulary(report.kind(), "kind", InteractionKind.wireNames(), violations);
        String status = vocabulary(report.status(), "status", InteractionStatus.wireNames(), violations);
        Instant occurredAt = time(report.occurredAt(), "occurredAt", true, violations);
        Instant endedAt = time(report.endedAt(), "endedAt", false, violations);
        if (occurredAt != null && endedAt != null && endedAt.isBefore(occurredAt)) violations.add(new Violation("endedAt", "is before occurredAt"));
        if (report.summary() != null && report.summary().length() > 2000) violations.add(new Violation("summary", "may have at most 2000 characters"));
        if (!violations.isEmpty()) throw RequestRefused.invalid("Invalid interaction", violations);
        SourceRecord record = records.findBySourceIdAndSourceKey(source.id(), sourceKey).orElseThrow(() -> RequestRefused.invalid(
                "Unknown record", List.of(new Violation("sourceKey", "source '" + code + "' has no record '" + sourceKey
                        + "'; push the record first (PUT /api/v1/sources/" + code + "/records/{sourceKey})"))));
        String summary = report.summary() == null || report.summary().isBlank() ? null : report.summary().strip();
        String hash = hash(String.join("\u0001", sourceKey, kind, status, occurredAt.toString(), String.valueOf(endedAt), String.valueOf(summary)));
        Interaction interaction = interactions.findBySourceIdAndSourceInteractionId(source.id(), id).orElse(null);
        Change change;
        if (interaction == null) {
            interaction = new Interaction(source.id(), id);
            change = Change.CREATED;
        } else if (interaction.getContentHash().equals(hash)) {
            change = Change.UNCHANGED;
        } else {
            change = Change.UPDATED;
        }
        if (change != Change.UNCHANGED) {
            interaction.setSourceRecordId(record.getId());
            interaction.setKind(kind);
            interaction.setStatus(status);
            interaction.setOccurredAt(occurredAt);
            interaction.setEndedAt(endedAt);
            interaction.setSummary(summary);
            interaction.setContentHash(hash);
            interaction.setUpdatedAt(Instant.now());
            interaction = change == Change.CREATED ? interactions.save(interaction) : interactions.update(interaction);
            LOG.info("interaction {} of source {} {} ({} {})", interaction.getId(), code, change.name().toLowerCase(), kind, status);
        }
        String customerNumber = null;
        if (record.getMasterId() != null) {
            MasterRecord master = mastering.active(record.getMasterId());
            customerNumber = master.getCustomerNumber();
            if (change != Change.UNCHANGED) events.publishEvent(new InteractionRecorded(master.getId()));
        }
        return new Recorded(change, code, id, sourceKey, customerNumber, new InteractionView(code, kind, status, occurredAt, endedAt, id,
                sourceKey, summary));
    }

    /** The master's interactions in all silos; a source sees other silos' interactions only as silo, kind, status and dates. */
    @Transactional
    public Timeline timeline(Principal reader, String customerNumber) {
        String readerSilo = readerSilo(reader);
        MasterRecord master = mastering.resolve(customerNumber);
        CustomerActivity activity = activities.of(master);
        List<InteractionView> all = activity.interactions().stream().map(i -> InteractionView.forReader(i, readerSilo)).toList();
        return new Timeline(master.getCustomerNumber(), all.size(), all.subList(0, Math.min(TOP, all.size())),
                all.subList(0, Math.min(MAX_TIMELINE, all.size())), count(activity, CustomerActivity.Item::silo),
                count(activity, CustomerActivity.Item::kind));
    }

    private static Map<String, Long> count(CustomerActivity activity, Function<CustomerActivity.Item, String> by) {
        return activity.interactions().stream().collect(Collectors.groupingBy(by, TreeMap::new, Collectors.counting()));
    }

    static String readerSilo(Principal reader) {
        if (reader.kind() == Principal.Kind.SOURCE) return reader.sourceCode();
        if (reader.has(Role.STEWARD) || reader.has(Role.ADMIN)) return null;
        throw RequestRefused.forbidden("Interactions are read by sources, stewards and admins");
    }

    private static String required(String value, String field, int max, List<Violation> violations) {
        if (value == null || value.isBlank()) violations.add(new Violation(field, "is required"));
        else if (value.length() > max) violations.add(new Violation(field, "may have at most " + max + " characters"));
        else return value.strip();
        return null;
    }

    private static String vocabulary(String value, String field, List<String> known, List<Violation> violations) {
        if (value == null || !known.contains(value)) {
            violations.add(new Violation(field, (value == null ? "is required" : "'" + value + "' is not known") + "; one of " + String.join(", ", known)));
            return null;
        }
        return value;
    }

    static Instant time(String value, String field, boolean required, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            if (required) violations.add(new Violation(field, "is required: " + IsoTimes.EXPECTED));
            return null;
        }
        try {
            return IsoTimes.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "'" + value + "' is not " + IsoTimes.EXPECTED));
            return null;
        }
    }

    private static String hash(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
