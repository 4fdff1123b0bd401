package org.customerhub.cleansing;

import org.customerhub.common.Json;
import org.customerhub.customer.CanonicalAttribute;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cleanser's answer made ready for routing: each field with its change, and the summary the routing table reads.
 * status is the weakest status among the fields that change, and a conflict or ambiguity anywhere counts; level is
 * the deepest level verified; score the lowest score among the changed fields; change the largest change.
 */
record ProposalDraft(CleansingKind kind, String cleanser, String version, List<ProposedField> fields,
                     FieldStatus status, int level, int score, ChangeKind change) {

    record ProposedField(CanonicalAttribute attribute, String before, String after, FieldStatus status, int level, int score,
                         List<String> codes, ChangeKind change) {
        Map<String, Object> toWire() {
            Map<String, Object> wire = new LinkedHashMap<>();
            wire.put("attribute", attribute.wireName());
            wire.put("before", before);
            wire.put("after", after);
            wire.put("status", status.wireName());
            wire.put("level", level);
            wire.put("score", score);
            wire.put("codes", codes);
            wire.put("change", change.wireName());
            return wire;
        }

        static ProposedField fromWire(Map<String, Object> wire) {
            return new ProposedField(CanonicalAttribute.fromWireName((String) wire.get("attribute")).orElseThrow(),
                    (String) wire.get("before"), (String) wire.get("after"),
                    FieldStatus.fromWire((String) wire.get("status")).orElseThrow(), ((Number) wire.get("level")).intValue(),
                    ((Number) wire.get("score")).intValue(), ((List<?>) wire.get("codes")).stream().map(String::valueOf).toList(),
                    ChangeKind.valueOf(((String) wire.get("change")).toUpperCase(java.util.Locale.ROOT)));
        }

        boolean changes() {
            return change != ChangeKind.NONE;
        }
    }

    static ProposalDraft of(CleansingKind kind, CleansingAnswer answer) {
        Map<CanonicalAttribute, ChangeKind> changes = Changes.of(answer.fields());
        List<ProposedField> fields = new ArrayList<>();
        for (FieldResult f : answer.fields()) {
            fields.add(new ProposedField(f.attribute(), f.before(), f.after(), f.status(), f.level(), f.score(), f.codes(),
                    changes.get(f.attribute())));
        }
        List<ProposedField> changed = fields.stream().filter(ProposedField::changes).toList();
        List<ProposedField> considered = changed.isEmpty() ? fields : changed;
        FieldStatus status = considered.stream().map(ProposedField::status).reduce(FieldStatus.VERIFIED, FieldStatus::worse);
        for (ProposedField f : fields) {
            if (f.status() == FieldStatus.CONFLICT || f.status() == FieldStatus.AMBIGUOUS) status = status.worse(f.status());
        }
        int level = fields.stream().filter(f -> f.status() == FieldStatus.VERIFIED).mapToInt(ProposedField::level).max().orElse(0);
        int score = considered.stream().mapToInt(ProposedField::score).min().orElse(0);
        ChangeKind change = fields.stream().map(ProposedField::change).reduce(ChangeKind.NONE, ChangeKind::max);
        return new ProposalDraft(kind, answer.cleanser(), answer.version(), List.copyOf(fields), status, level, score, change);
    }

    /** Something for the routing table: a change, or a finding (conflict, ambiguity) a steward should see. */
    boolean needsDecision() {
        return change != ChangeKind.NONE || fields.stream().anyMatch(f -> f.status() == FieldStatus.CONFLICT || f.status() == FieldStatus.AMBIGUOUS);
    }

    String fieldsJson() {
        return Json.write(fields.stream().map(ProposedField::toWire).toList());
    }

    /** Equal for the same cleanser, version and answer: a batch run twice makes one proposal. */
    String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((cleanser + "|" + version + "|" + fieldsJson())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<ProposedField> fieldsOf(CleansingProposal proposal) {
        return Json.read(proposal.getFieldsJson(), new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() { })
                .stream().map(ProposedField::fromWire).toList();
    }
}
