package org.customerhub.cleansing;

import org.customerhub.customer.CanonicalAttribute;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customerhub.customer.CanonicalAttribute.*;

/** What the routing table is told about an answer: each field's change and the proposal's summary. */
class ProposalDraftTest {

    private static FieldResult verified(CanonicalAttribute attribute, String before, String after, int level, int score) {
        return new FieldResult(attribute, before, after, FieldStatus.VERIFIED, level, score, List.of());
    }

    private static Map<CanonicalAttribute, ProposalDraft.ProposedField> fields(ProposalDraft draft) {
        return draft.fields().stream().collect(Collectors.toMap(ProposalDraft.ProposedField::attribute, Function.identity()));
    }

    @Test
    void abbreviationsStateCodesAndZipPlusFourAreFormatOrEnrichmentNotContent() {
        ProposalDraft draft = ProposalDraft.of(CleansingKind.ADDRESS, new CleansingAnswer("builtin", "v1", List.of(
                verified(STREET, "North Paradise Road", "N Paradise Rd", 4, 95),
                verified(REGION, "Nevada", "NV", 1, 100),
                verified(POSTCODE, "89169", "89169-1234", 2, 95),
                verified(CITY, "Las Vegas", "Las Vegas", 2, 80))));

        assertThat(fields(draft).get(STREET).change()).isEqualTo(ChangeKind.FORMAT);
        assertThat(fields(draft).get(REGION).change()).isEqualTo(ChangeKind.FORMAT);
        assertThat(fields(draft).get(POSTCODE).change()).isEqualTo(ChangeKind.ENRICHMENT);
        assertThat(fields(draft).get(CITY).change()).isEqualTo(ChangeKind.NONE);
        assertThat(draft.change()).isEqualTo(ChangeKind.ENRICHMENT);
        assertThat(draft.status()).isEqualTo(FieldStatus.VERIFIED);
        assertThat(draft.level()).isEqualTo(4);
        assertThat(draft.score()).isEqualTo(95);
        assertThat(draft.needsDecision()).isTrue();
    }

    @Test
    void aStreetLineSplitIntoItsPartsIsAFormatChange() {
        ProposalDraft draft = ProposalDraft.of(CleansingKind.ADDRESS, new CleansingAnswer("builtin", "v1", List.of(
                verified(HOUSE_NUMBER, null, "1234", 4, 95),
                verified(STREET, "1234 North Desert Inn Road Apartment 5", "N Desert Inn Rd", 4, 95),
                verified(UNIT, null, "Apt 5", 4, 90))));

        assertThat(draft.fields()).allSatisfy(f -> assertThat(f.change()).isEqualTo(ChangeKind.FORMAT));
    }

    @Test
    void anotherStreetOrDomainIsContent() {
        assertThat(Changes.field(STREET, "Paradise Rd", "Paradise Blvd")).isEqualTo(ChangeKind.CONTENT);
        assertThat(Changes.field(POSTCODE, "89169", "89109")).isEqualTo(ChangeKind.CONTENT);
        assertThat(Changes.field(EMAIL, "anna@gmial.com", "anna@gmail.com")).isEqualTo(ChangeKind.CONTENT);
        assertThat(Changes.field(FAMILY_NAME, "MUELLER", "Müller")).isEqualTo(ChangeKind.CONTENT);
        assertThat(Changes.field(FAMILY_NAME, "mcdonald", "McDonald")).isEqualTo(ChangeKind.FORMAT);
        assertThat(Changes.field(EMAIL, "anna@x.com", null)).isEqualTo(ChangeKind.CONTENT);
    }

    @Test
    void aConflictAnywhereMakesTheProposalAConflictEvenWithoutAChange() {
        ProposalDraft draft = ProposalDraft.of(CleansingKind.ADDRESS, new CleansingAnswer("builtin", "v1", List.of(
                verified(STREET, "Main St", "Main St", 4, 95),
                new FieldResult(POSTCODE, "10001", "10001", FieldStatus.CONFLICT, 2, 30, List.of("ZIP_STATE_CONFLICT")))));

        assertThat(draft.change()).isEqualTo(ChangeKind.NONE);
        assertThat(draft.status()).isEqualTo(FieldStatus.CONFLICT);
        assertThat(draft.needsDecision()).isTrue();
    }

    @Test
    void nothingToChangeNeedsNoDecisionAndTheSameAnswerHasTheSameFingerprint() {
        CleansingAnswer answer = new CleansingAnswer("builtin", "v1", List.of(verified(PHONE, "+12124567890", "+12124567890", 5, 100)));

        ProposalDraft draft = ProposalDraft.of(CleansingKind.PHONE, answer);

        assertThat(draft.needsDecision()).isFalse();
        assertThat(draft.fingerprint()).isEqualTo(ProposalDraft.of(CleansingKind.PHONE, answer).fingerprint());
        assertThat(draft.fingerprint()).isNotEqualTo(ProposalDraft.of(CleansingKind.PHONE,
                new CleansingAnswer("builtin", "v2", answer.fields())).fingerprint());
    }
}
