package org.customerhub.source.mapping;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customerhub.source.mapping.SourceRows.row;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MappingEngineTest {

    private static final FieldMapping MAPPING = FieldMappingParser.parse("""
            source: test
            name: Test source
            version: 1
            phone-region: US
            fields:
              - column: ID
                to: customer_number
              - column: NAME
                transform: name-last-comma-first
                to: [family_name, given_name, middle_name]
              - column: DOB
                to: date_of_birth
                format: MM/dd/yyyy
              - column: STREET
                transform: street-number-last
                to: [street, house_number]
              - column: PHONE
                to: phone
              - column: PHONE_AT
                to: email
              - column: MOBILE_AT
                to: unit
              - column: LANDLINE
                to: region
              - column: WORK_PHONE
                to: city
              - column: VIENNA_PHONE
                to: postcode
              - column: NOTE
                ignore: true
            """);

    private static final FieldMapping AUSTRIAN_PHONE = FieldMappingParser.parse("""
            source: test
            name: Test source
            version: 1
            phone-region: US
            fields:
              - column: PHONE
                to: phone
                region: AT
            """);

    private static final FieldMapping DROPS_BAD_DATES = FieldMappingParser.parse("""
            source: test
            name: Test source
            version: 1
            fields:
              - column: ID
                to: customer_number
              - column: DOB
                to: date_of_birth
                format: yyyyMMdd
                on-invalid: drop
            """);

    private final MappingEngine engine = new MappingEngine();

    @Test
    void renamesSplitsAndParsesIntoTheCanonicalModel() {
        MappingResult result = engine.apply(MAPPING, row(
                "ID", "HP-0012345",
                "NAME", "Mueller, Anna M.",
                "DOB", "03/07/1985",
                "STREET", "Hauptstraße 12a",
                "PHONE", "(702) 555-0134",
                "NOTE", "likes the corner suite"));

        assertThat(result.canonical().toWire()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "customer_number", "HP-0012345",
                "family_name", "Mueller",
                "given_name", "Anna",
                "middle_name", "M.",
                "date_of_birth", "1985-03-07",
                "street", "Hauptstraße",
                "house_number", "12a",
                "phone", "+17025550134"));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void aFieldRegionOverridesTheMappingsPhoneRegion() {
        assertThat(engine.apply(AUSTRIAN_PHONE, row("PHONE", "0664 1234567")).canonical().toWire())
                .containsEntry("phone", "+436641234567");
    }

    @Test
    void anUnreadablePhoneIsLeftOutWithAWarning() {
        MappingResult result = engine.apply(MAPPING, row("ID", "1", "PHONE", "call front desk"));

        assertThat(result.canonical().toWire()).containsOnlyKeys("customer_number");
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("PHONE");
            assertThat(w.message()).doesNotContain("front desk");
        });
    }

    @Test
    void anUnknownColumnRejectsTheRecordNamingTheColumn() {
        assertThatThrownBy(() -> engine.apply(MAPPING, row("ID", "1", "FAX", "702 555 0199")))
                .isInstanceOfSatisfying(RecordRejected.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.field()).isEqualTo("FAX");
                            assertThat(p.message()).startsWith("unknown column").doesNotContain("555");
                        }));
    }

    @Test
    void aDateNotInTheMappingsFormatRejectsTheRecordNamingTheColumn() {
        assertThatThrownBy(() -> engine.apply(MAPPING, row("ID", "1", "DOB", "1985-03-07")))
                .isInstanceOfSatisfying(RecordRejected.class, e -> assertThat(e.problems())
                        .containsExactly(new RecordProblem("DOB", "value does not match MM/dd/yyyy")));
    }

    @Test
    void anImpossibleDateRejectsTheRecord() {
        assertThatThrownBy(() -> engine.apply(MAPPING, row("DOB", "02/30/1990")))
                .isInstanceOfSatisfying(RecordRejected.class, e -> assertThat(e.problems())
                        .extracting(RecordProblem::field).containsExactly("DOB"));
    }

    @Test
    void aColumnWithOnInvalidDropLeavesAnImpossibleDateOutWithAWarningAndKeepsTheRecord() {
        MappingResult result = engine.apply(DROPS_BAD_DATES, row("ID", "7", "DOB", "19551392"));

        assertThat(result.canonical().toWire()).containsOnlyKeys("customer_number");
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("DOB");
            assertThat(w.message()).contains("yyyyMMdd", "left out").doesNotContain("1955");
        });
    }

    @Test
    void aColumnWithOnInvalidDropAlsoDropsImplausibleDatesButReadsGoodOnes() {
        assertThat(engine.apply(DROPS_BAD_DATES, row("DOB", "18991231")).warnings()).singleElement()
                .extracting(RecordProblem::field).isEqualTo("DOB");
        MappingResult good = engine.apply(DROPS_BAD_DATES, row("DOB", "19560409"));
        assertThat(good.canonical().toWire()).containsEntry("date_of_birth", "1956-04-09");
        assertThat(good.warnings()).isEmpty();
    }

    @Test
    void onInvalidDropDoesNotExcuseOtherProblemsOfTheRecord() {
        assertThatThrownBy(() -> engine.apply(DROPS_BAD_DATES, row("DOB", "19551392", "FAX", "x")))
                .isInstanceOfSatisfying(RecordRejected.class, e -> assertThat(e.problems())
                        .extracting(RecordProblem::field).containsExactly("FAX"));
    }

    @Test
    void objectsAndListsWhereAValueBelongsRejectTheRecord() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("NAME", Map.of("first", "Anna", "last", "Mueller"));
        raw.put("ID", List.of("1", "2"));
        raw.put("STREET", new String[] {"Hauptstraße", "12a"});

        assertThatThrownBy(() -> engine.apply(MAPPING, raw))
                .isInstanceOfSatisfying(RecordRejected.class, e -> assertThat(e.problems()).containsExactly(
                        new RecordProblem("NAME", "expected a single value, got an object"),
                        new RecordProblem("ID", "expected a single value, got a list"),
                        new RecordProblem("STREET", "expected a single value, got a list")));
    }

    @Test
    void everyProblemOfARecordIsListedAndNoneRepeatsTheValue() {
        assertThatThrownBy(() -> engine.apply(MAPPING, row("DOB", "31/12/1985", "FAX", "x", "VIP", "gold")))
                .isInstanceOf(RecordRejected.class)
                .hasMessageContainingAll("DOB", "FAX", "VIP")
                .hasMessageNotContaining("31/12/1985")
                .hasMessageNotContaining("gold");
    }

    @Test
    void numbersAndBooleansAreReadAsText() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("ID", 42311L);
        raw.put("PHONE_AT", true);
        raw.put("MOBILE_AT", 12.0);
        raw.put("LANDLINE", 1.5e3);
        raw.put("WORK_PHONE", new BigDecimal("7.50"));
        raw.put("VIENNA_PHONE", 89109);

        assertThat(engine.apply(MAPPING, raw).canonical().toWire()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "customer_number", "42311",
                "email", "true",
                "unit", "12",
                "region", "1500",
                "city", "7.5",
                "postcode", "89109"));
    }

    @Test
    void nullAndBlankValuesAreSkipped() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("ID", "1");
        raw.put("NAME", null);
        raw.put("DOB", "  ");
        raw.put("PHONE", "");

        MappingResult result = engine.apply(MAPPING, raw);
        assertThat(result.canonical().toWire()).containsOnlyKeys("customer_number");
        assertThat(result.warnings()).isEmpty();
    }
}
