package org.customerhub.source.mapping;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.customerhub.customer.CanonicalAttribute.*;

class FieldMappingParserTest {

    static final String HOTEL = """
            source: hotel
            name: Hotel PMS
            version: 1
            phone-region: US
            fields:
              - column: PROFILE_ID
                to: customer_number
              - column: GUEST_NAME
                transform: name-last-comma-first
                to: [family_name, given_name, middle_name]
              - column: DOB
                to: date_of_birth
                format: MM/dd/yyyy
              - column: PHONE
                to: phone
                region: CA
              - column: VIP_CODE
                ignore: true
            """;

    @Test
    void readsAValidMappingIntoTheModel() {
        FieldMapping mapping = FieldMappingParser.parse(HOTEL);

        assertThat(mapping.source()).isEqualTo("hotel");
        assertThat(mapping.name()).isEqualTo("Hotel PMS");
        assertThat(mapping.version()).isEqualTo(1);
        assertThat(mapping.phoneRegion()).isEqualTo("US");
        assertThat(mapping.fields()).containsExactly(
                FieldRule.copy("PROFILE_ID", CUSTOMER_NUMBER),
                new FieldRule("GUEST_NAME", Transform.NAME_LAST_COMMA_FIRST,
                        List.of(FAMILY_NAME, GIVEN_NAME, MIDDLE_NAME), null, null, false),
                new FieldRule("DOB", Transform.COPY, List.of(DATE_OF_BIRTH), "MM/dd/yyyy", null, false),
                new FieldRule("PHONE", Transform.COPY, List.of(PHONE), null, "CA", false),
                FieldRule.ignore("VIP_CODE"));
        assertThat(mapping.ruleFor("DOB")).map(FieldRule::format).contains("MM/dd/yyyy");
        assertThat(mapping.ruleFor("dob")).isEmpty();
    }

    @Test
    void readsOnInvalidAndKeepsRejectAsTheDefault() {
        FieldMapping mapping = FieldMappingParser.parse(HOTEL.replace("format: MM/dd/yyyy", "format: MM/dd/yyyy\n    on-invalid: drop"));

        assertThat(mapping.ruleFor("DOB")).map(FieldRule::onInvalid).contains(OnInvalid.DROP);
        assertThat(FieldMappingParser.parse(HOTEL).ruleFor("DOB")).map(FieldRule::onInvalid).contains(OnInvalid.REJECT);
        assertThat(MappingValidator.validate(mapping)).isEmpty();
    }

    @Test
    void aParsedMappingValidatesAgainWhenGivenAsModel() {
        assertThat(MappingValidator.validate(FieldMappingParser.parse(HOTEL))).isEmpty();
    }

    @Test
    void anInvalidMappingIsRefusedWithAllItsViolations() {
        String yaml = HOTEL.replace("to: customer_number", "to: customer_no").replace("version: 1", "version: 0");

        assertThatThrownBy(() -> FieldMappingParser.parse(yaml))
                .isInstanceOfSatisfying(InvalidMapping.class, e -> assertThat(e.violations())
                        .extracting(MappingViolation::field)
                        .containsExactlyInAnyOrder("version", "fields[0].to"))
                .hasMessageContaining("fields[0].to: \"customer_no\" is not a canonical attribute");
    }

    @Test
    void brokenYamlIsOneViolationForTheWholeDocumentWithItsPosition() {
        assertThatThrownBy(() -> FieldMappingParser.parse("source: hotel\nfields: [\n  - column: A\n"))
                .isInstanceOfSatisfying(InvalidMapping.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    assertThat(e.violations().get(0).field()).isEmpty();
                    assertThat(e.violations().get(0).message()).startsWith("not valid YAML: ").contains("line ");
                });
    }

    @Test
    void yamlTagsThatWouldBuildJavaObjectsAreRefused() {
        List<MappingViolation> violations =
                MappingValidator.validate("source: !!java.net.URL [\"http://example.com\"]\n");
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEmpty();
            assertThat(v.message()).startsWith("not valid YAML");
        });
    }
}
