package org.customerhub.standardize;

import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.customer.CanonicalRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customerhub.customer.CanonicalAttribute.*;

class StandardizerTest {

    private final Standardizer standardizer = new Standardizer();

    @Test
    void aMappedHotelRecordGetsItsDisplayForm() {
        CanonicalRecord mapped = CanonicalRecord.of(Map.ofEntries(
                Map.entry(FAMILY_NAME, "MUELLER"),
                Map.entry(GIVEN_NAME, "ANNA"),
                Map.entry(MIDDLE_NAME, "M."),
                Map.entry(DATE_OF_BIRTH, "1985-03-07"),
                Map.entry(HOUSE_NUMBER, "1234"),
                Map.entry(STREET, "DESERT  INN RD"),
                Map.entry(CITY, "LAS VEGAS"),
                Map.entry(REGION, "nv"),
                Map.entry(POSTCODE, "89109"),
                Map.entry(COUNTRY, "us"),
                Map.entry(PHONE, "+17025550134"),
                Map.entry(EMAIL, " Anna.Mueller@Example.com "),
                Map.entry(CUSTOMER_NUMBER, " HP-0012345 ")));

        assertThat(standardizer.standardize(mapped).toWire()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("family_name", "Mueller"),
                Map.entry("given_name", "Anna"),
                Map.entry("middle_name", "M"),
                Map.entry("date_of_birth", "1985-03-07"),
                Map.entry("house_number", "1234"),
                Map.entry("street", "Desert Inn Rd"),
                Map.entry("city", "Las Vegas"),
                Map.entry("region", "NV"),
                Map.entry("postcode", "89109"),
                Map.entry("country", "US"),
                Map.entry("phone", "+17025550134"),
                Map.entry("email", "anna.mueller@example.com"),
                Map.entry("customer_number", "HP-0012345")));
    }

    @Test
    void aWrittenOutMiddleNameIsKept() {
        assertThat(standardized(MIDDLE_NAME, "marie")).isEqualTo("Marie");
    }

    @Test
    void postcodeIsUpperCaseWithSingleInnerSpaces() {
        assertThat(standardized(POSTCODE, " sw1a   1aa ")).isEqualTo("SW1A 1AA");
    }

    @ParameterizedTest(name = "country \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "Germany|DE", "Deutschland|DE", "DEU|DE", "de|DE", "USA|US", "U.S.A.|US", "United States|US",
            "United States of America|US", "Österreich|AT", "Austria|AT", "Schweiz|CH", "Suisse|CH",
            "UK|GB", "United Kingdom|GB", "England|GB", "España|ES", "Spain|ES", "Italia|IT", "Mexico|MX",
            "México|MX", "Canada|CA", "France|FR", "Frankreich|FR", "Netherlands|NL", "Holland|NL",
            "Japan|JP", "China|CN", "Brasil|BR", "Brazil|BR", "Australia|AU", "Ireland|IE", "Poland|PL",
    })
    void countryNamesAndCodesBecomeIso2(String raw, String iso2) {
        assertThat(standardized(COUNTRY, raw)).isEqualTo(iso2);
    }

    @ParameterizedTest(name = "gender \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "f|F", "Female|F", "W|F", "weiblich|F", "m|M", "MALE|M", "männlich|M", "x|X", "divers|X", "d|X"})
    void genderWordsBecomeCodes(String raw, String code) {
        assertThat(standardized(GENDER, raw)).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} \"{1}\" is dropped")
    @CsvSource(delimiter = '|', value = {
            "GENDER|unknown", "COUNTRY|Atlantis", "EMAIL|not-an-email", "PHONE|702-555-0134",
            "PHONE|+0123", "DATE_OF_BIRTH|03/07/1985", "GIVEN_NAME|Dr."})
    void valuesWithoutACanonicalFormAreDropped(CanonicalAttribute attribute, String raw) {
        CanonicalRecord result = standardizer.standardize(CanonicalRecord.of(Map.of(attribute, raw, CITY, "reno")));
        assertThat(result.has(attribute)).isFalse();
        assertThat(result.getOrNull(CITY)).isEqualTo("Reno");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NV", "nv", "by"})
    void regionCodesAreUpperCase(String raw) {
        assertThat(standardized(REGION, raw)).isEqualTo(raw.toUpperCase());
    }

    @Test
    void writtenOutRegionsAreTitleCased() {
        assertThat(standardized(REGION, "NEVADA")).isEqualTo("Nevada");
    }

    @Test
    void houseNumberLosesInnerSpacesAndIsUpperCase() {
        assertThat(standardized(HOUSE_NUMBER, "12 a")).isEqualTo("12A");
    }

    private String standardized(CanonicalAttribute attribute, String raw) {
        return standardizer.standardize(CanonicalRecord.of(Map.of(attribute, raw))).getOrNull(attribute);
    }
}
