package org.customerhub.mastering;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.customerhub.common.RequestRefused;
import org.customerhub.common.Violation;
import org.customerhub.ingestion.SourceRecord;
import org.customerhub.ingestion.SourceRecordRepository;
import org.customerhub.security.Principal;
import org.customerhub.security.Role;
import org.customerhub.source.SourceInfo;
import org.customerhub.source.SourceRegistry;
import org.customerhub.standardize.EmailStandardizer;
import org.customerhub.standardize.PhoneStandardizer;
import org.customerhub.standardize.TextFolding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finding masters the way a steward knows a customer: by customer number (check digit validated, merged numbers
 * resolve to the survivor), by a source system's key, by phone, e-mail or name. Phones, e-mails and names are
 * standardised as records are, and looked up through the search index's keys, so that case, accents and the way a
 * number is typed do not matter.
 */
@Singleton
public class MasterSearch {
    /** Phones without a country code are read as this region's, as at the resort's front desks. */
    static final String PHONE_REGION = "US";
    static final int MAX_MASTERS = 50;
    private static final int MAX_RECORDS = 200;
    // any shape an approved customer-number format can give: letters, then digits (names have none)
    private static final Pattern NUMBER_LIKE = Pattern.compile("[A-Z]{1,3}\\d{5,}(-?\\d)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE_LIKE = Pattern.compile("[+\\d\\s().\\-/]+");

    public enum By { AUTO, NUMBER, SOURCE_KEY, PHONE, EMAIL, NAME }

    /** @param truncated more masters match than were listed: the search should be narrower */
    public record Result(By by, List<MasterSummary> masters, boolean truncated) {
    }

    public record MasterSummary(String customerNumber, String name, String dateOfBirth, String city) {
    }

    private final MasteringService mastering;
    private final MasterRecordRepository masters;
    private final SourceRecordRepository records;
    private final SourceRegistry sources;
    private final RecordKeySearch index;

    private final CustomerNumbers customerNumbers;

    public MasterSearch(MasteringService mastering, MasterRecordRepository masters, SourceRecordRepository records,
                        SourceRegistry sources, RecordKeySearch index, CustomerNumbers customerNumbers) {
        this.customerNumbers = customerNumbers;
        this.mastering = mastering;
        this.masters = masters;
        this.records = records;
        this.sources = sources;
        this.index = index;
    }

    /**
     * @param sourceCode the source whose key {@code text} is, for {@link By#SOURCE_KEY}
     * @param text       the number, key, phone, e-mail, or name as "family" or "family, given"
     */
    @Transactional
    public Result search(Principal steward, By by, String sourceCode, String text) {
        if (!steward.has(Role.STEWARD)) throw RequestRefused.forbidden("Only stewards search masters");
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) throw invalid("q", "type what to search for");
        if (q.length() > 200) throw invalid("q", "at most 200 characters");
        By kind = by == By.AUTO ? detect(q) : by;
        return switch (kind) {
            case NUMBER -> single(kind, byNumber(q));
            case SOURCE_KEY -> single(kind, bySourceKey(sourceCode, q));
            case PHONE -> fromRecords(kind, index.byPhone(PhoneStandardizer.toE164(q, PHONE_REGION)
                    .orElseThrow(() -> invalid("q", "'" + q + "' is not a phone number")), MAX_RECORDS));
            case EMAIL -> fromRecords(kind, index.byEmailKey(EmailStandardizer.matchKey(EmailStandardizer.normalize(q)
                    .orElseThrow(() -> invalid("q", "'" + q + "' is not an e-mail address"))), MAX_RECORDS));
            case NAME -> byName(q);
            case AUTO -> throw new IllegalStateException("detected");
        };
    }

    /**
     * Numbers, e-mails and phones have a shape of their own; anything else is taken for a name. Digits without
     * letters are a phone, even too few for one: a name never is, and "not a phone number" says more than no result.
     */
    static By detect(String q) {
        if (NUMBER_LIKE.matcher(q).matches()) return By.NUMBER;
        if (q.contains("@")) return By.EMAIL;
        if (PHONE_LIKE.matcher(q).matches() && q.chars().anyMatch(Character::isDigit)) return By.PHONE;
        return By.NAME;
    }

    private Optional<MasterRecord> byNumber(String q) {
        String number = q.toUpperCase(Locale.ROOT);
        if (!customerNumbers.isValid(number)) {
            throw invalid("q", NUMBER_LIKE.matcher(number).matches() && number.contains("-")
                    ? "the check digit of " + number + " does not match: a digit is mistyped or two are swapped"
                    : customerNumbers.expectation());
        }
        return masters.findByCustomerNumber(number).map(m -> mastering.active(m.getId()));
    }

    private Optional<MasterRecord> bySourceKey(String sourceCode, String key) {
        if (sourceCode == null || sourceCode.isBlank()) throw invalid("source", "choose the source system the key belongs to");
        SourceInfo source = sources.byCode(sourceCode.strip())
                .orElseThrow(() -> invalid("source", "'" + sourceCode.strip() + "' is not a registered source"));
        return records.findBySourceIdAndSourceKey(source.id(), key)
                .filter(r -> r.getMasterId() != null)
                .map(r -> mastering.active(r.getMasterId()));
    }

    private Result byName(String q) {
        int comma = q.indexOf(',');
        String family = TextFolding.fold(comma < 0 ? q : q.substring(0, comma));
        String given = comma < 0 ? "" : TextFolding.fold(q.substring(comma + 1));
        if (family.isEmpty()) throw invalid("q", "give the family name, optionally a comma and the given name: Mueller, Anna");
        return fromRecords(By.NAME, index.byName(family, given.isEmpty() ? null : given, MAX_RECORDS));
    }

    private Result single(By by, Optional<MasterRecord> master) {
        return new Result(by, master.map(m -> List.of(summary(m))).orElse(List.of()), false);
    }

    /** The records' current masters (the index may not know of a merge yet; the database does), in hit order. */
    private Result fromRecords(By by, List<Long> recordIds) {
        Map<Long, SourceRecord> byId = new LinkedHashMap<>();
        records.findByIdIn(recordIds).forEach(r -> byId.put(r.getId(), r));
        Map<Long, MasterRecord> found = new LinkedHashMap<>();
        for (Long id : recordIds) {
            SourceRecord r = byId.get(id);
            if (r == null || r.getMasterId() == null) continue;
            MasterRecord master = mastering.active(r.getMasterId());
            found.putIfAbsent(master.getId(), master);
        }
        List<MasterSummary> summaries = new ArrayList<>();
        for (MasterRecord m : found.values()) {
            if (summaries.size() == MAX_MASTERS) break;
            summaries.add(summary(m));
        }
        return new Result(by, summaries, found.size() > MAX_MASTERS || recordIds.size() >= MAX_RECORDS);
    }

    private static MasterSummary summary(MasterRecord master) {
        Map<String, GoldenValue> golden = MasteringService.golden(master);
        String name = String.join(" ", java.util.stream.Stream.of(value(golden, "given_name"), value(golden, "family_name"))
                .filter(v -> v != null && !v.isBlank()).toList());
        return new MasterSummary(master.getCustomerNumber(), name, value(golden, "date_of_birth"), value(golden, "city"));
    }

    private static String value(Map<String, GoldenValue> golden, String attribute) {
        GoldenValue v = golden.get(attribute);
        return v == null ? null : v.value();
    }

    private static RequestRefused invalid(String field, String message) {
        return RequestRefused.invalid("Cannot search like that", List.of(new Violation(field, message)));
    }
}
