package org.customerhub.source.mapping;

import org.customerhub.customer.CanonicalAttribute;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MappingValidatorTest {

    private static final String HEADER = """
            source: hotel
            name: Hotel PMS
            version: 1
            phone-region: US
            """;

    @Test
    void aValidMappingHasNoViolations() {
        assertThat(MappingValidator.validate(FieldMappingParserTest.HOTEL)).isEmpty();
    }

    @Test
    void aMisspelledTargetIsNamedWithTheCanonicalAttributes() {
        List<MappingViolation> violations = validateFields("""
                  - column: A
                    to: customer_number
                  - column: B
                    to: family_name
                  - column: C
                    to: given_nme
                """);

        assertThat(violations).containsExactly(new MappingViolation("fields[2].to",
                "\"given_nme\" is not a canonical attribute; expected one of: " + CanonicalAttribute.allWireNames()));
    }

    @Test
    void aMisspelledTargetInAListIsNamedByItsPosition() {
        assertThat(fieldsOf(validateFields("""
                  - column: NAME
                    transform: name-first-last
                    to: [given_name, middle_nam, family_name]
                """))).containsExactly("fields[0].to[1]");
    }

    @Test
    void anUnknownTransformIsNamed() {
        List<MappingViolation> violations = validateFields("""
                  - column: NAME
                    transform: name-last-first
                    to: [family_name, given_name, middle_name]
                """);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("fields[0].transform");
            assertThat(v.message()).contains("\"name-last-first\"", "name-last-comma-first");
        });
    }

    @Test
    void aTransformWithTheWrongNumberOfTargetsIsNamed() {
        List<MappingViolation> violations = validateFields("""
                  - column: NAME
                    transform: name-last-comma-first
                    to: [family_name, given_name]
                  - column: STREET
                    to: [street, house_number]
                """);
        assertThat(violations).extracting(MappingViolation::field).containsExactly("fields[0].to", "fields[1].to");
        assertThat(violations.get(0).message()).contains("fills 3 attributes", "family_name, given_name, middle_name", "2 are given");
        assertThat(violations.get(1).message()).contains("copy fills 1 attribute", "2 are given");
    }

    @Test
    void aDateOfBirthWithoutFormatIsNamed() {
        assertThat(validateFields("""
                  - column: DOB
                    to: date_of_birth
                """)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("fields[0].format");
            assertThat(v.message()).contains("required");
        });
    }

    @Test
    void anUnusableDatePatternIsNamed() {
        assertThat(fieldsOf(validateFields("""
                  - column: DOB
                    to: date_of_birth
                    format: MM/dd/YYYY
                  - column: DOB2
                    to: family_name
                    format: MM/dd/yyyy
                """))).containsExactly("fields[0].format", "fields[1].format");
    }

    @Test
    void aDuplicateColumnIsNamedAtItsSecondUse() {
        List<MappingViolation> violations = validateFields("""
                  - column: NAME
                    to: family_name
                  - column: NAME
                    ignore: true
                """);
        assertThat(violations).containsExactly(
                new MappingViolation("fields[1].column", "\"NAME\" is already listed at fields[0]"));
    }

    @Test
    void aTargetFilledByTwoColumnsIsNamedAtItsSecondUse() {
        List<MappingViolation> violations = validateFields("""
                  - column: LAST
                    to: family_name
                  - column: NAME
                    transform: name-first-last
                    to: [given_name, middle_name, family_name]
                """);
        assertThat(violations).containsExactly(
                new MappingViolation("fields[1].to[2]", "\"family_name\" is already filled by fields[0].to"));
    }

    @Test
    void aBadSourceCodeVersionAndPhoneRegionAreNamed() {
        List<MappingViolation> violations = MappingValidator.validate("""
                source: Hotel PMS
                name: Hotel PMS
                version: 0
                phone-region: USA
                fields:
                  - column: PHONE
                    to: phone
                    region: xx
                """);
        assertThat(fieldsOf(violations)).containsExactly("source", "version", "phone-region", "fields[0].region");
        assertThat(violations.get(0).message()).contains("\"Hotel PMS\" is not a source code");
    }

    @Test
    void unknownKeysAreNamedAtTopLevelAndInFields() {
        List<MappingViolation> violations = MappingValidator.validate(HEADER + """
                owner: crm-team
                fields:
                  - column: A
                    to: customer_number
                    tranform: copy
                """);
        assertThat(fieldsOf(violations)).containsExactly("owner", "fields[0].tranform");
        assertThat(violations.get(0).message()).contains("unknown key", "phone-region");
    }

    @Test
    void missingRequiredKeysAreNamed() {
        assertThat(fieldsOf(MappingValidator.validate("source: hotel\n")))
                .containsExactly("name", "version", "fields");
        assertThat(fieldsOf(validateFields("""
                  - to: family_name
                  - column: B
                """))).containsExactly("fields[0].column", "fields[1].to");
    }

    @Test
    void aPhoneWithoutAnyRegionIsNamed() {
        assertThat(fieldsOf(MappingValidator.validate("""
                source: hotel
                name: Hotel PMS
                version: 1
                fields:
                  - column: PHONE
                    to: phone
                """))).containsExactly("fields[0].region");
    }

    @Test
    void anIgnoredColumnCannotAlsoFillTargets() {
        assertThat(fieldsOf(validateFields("""
                  - column: VIP
                    ignore: true
                    to: customer_number
                """))).containsExactly("fields[0].to");
    }

    @Test
    void valuesOfTheWrongKindAreNamed() {
        assertThat(fieldsOf(MappingValidator.validate("""
                source: hotel
                name: Hotel PMS
                version: one
                phone-region: NO
                fields:
                  - column: 42
                    to: family_name
                  - column: B
                    to: given_name
                    ignore: maybe
                  - just a string
                """))).containsExactly("version", "phone-region", "fields[0].column", "fields[1].ignore", "fields[2]");
    }

    @Test
    void theNorwayProblemIsExplained() {
        assertThat(MappingValidator.validate(HEADER.replace("US", "NO") + "fields:\n  - column: A\n    to: phone\n"))
                .singleElement().satisfies(v -> assertThat(v.message()).contains("quotes"));
    }

    @Test
    void aDocumentThatIsNotAMappingIsOneViolation() {
        assertThat(MappingValidator.validate("- source: hotel\n")).singleElement()
                .satisfies(v -> assertThat(v.field()).isEmpty());
        assertThat(MappingValidator.validate("  ")).singleElement()
                .satisfies(v -> assertThat(v.field()).isEmpty());
    }

    @Test
    void duplicateYamlKeysAreAYamlProblem() {
        assertThat(MappingValidator.validate(HEADER + "version: 2\nfields:\n  - column: A\n    to: email\n"))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEmpty();
                    assertThat(v.message()).contains("duplicate key version");
                });
    }

    @Test
    void onInvalidDropIsAcceptedOnADateColumn() {
        assertThat(validateFields("""
                  - column: DOB
                    to: date_of_birth
                    format: yyyyMMdd
                    on-invalid: drop
                  - column: BIRTH_DAY
                    ignore: true
                """)).isEmpty();
    }

    @Test
    void anUnknownOnInvalidChoiceIsNamedWithTheChoices() {
        assertThat(validateFields("""
                  - column: DOB
                    to: date_of_birth
                    format: yyyyMMdd
                    on-invalid: skip
                """)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("fields[0].on-invalid");
            assertThat(v.message()).contains("\"skip\"", "reject, drop");
        });
    }

    @Test
    void onInvalidOnlyAppliesToDateColumns() {
        assertThat(fieldsOf(validateFields("""
                  - column: NAME
                    to: family_name
                    on-invalid: drop
                  - column: VIP
                    ignore: true
                    on-invalid: drop
                """))).containsExactly("fields[0].on-invalid", "fields[1].on-invalid");
    }

    @Test
    void aModelBuiltInCodeIsJudgedByTheSameRules() {
        FieldMapping mapping = new FieldMapping("hotel", "Hotel PMS", 1, "US", List.of(
                FieldRule.copy("DOB", CanonicalAttribute.DATE_OF_BIRTH),
                FieldRule.copy("BIRTH", CanonicalAttribute.DATE_OF_BIRTH)));

        assertThat(fieldsOf(MappingValidator.validate(mapping)))
                .containsExactly("fields[0].format", "fields[1].to", "fields[1].format");
    }

    private static List<MappingViolation> validateFields(String fields) {
        return MappingValidator.validate(HEADER + "fields:\n" + fields);
    }

    private static List<String> fieldsOf(List<MappingViolation> violations) {
        return violations.stream().map(MappingViolation::field).toList();
    }
}
