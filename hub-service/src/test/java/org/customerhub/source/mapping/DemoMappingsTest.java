package org.customerhub.source.mapping;

import org.customerhub.customer.CanonicalRecord;
import org.customerhub.standardize.Standardizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customerhub.source.mapping.SourceRows.row;

/** The four silos of the demo resort, with rows in the formats the demo-data generator emits. */
class DemoMappingsTest {

    private final MappingEngine engine = new MappingEngine();
    private final Standardizer standardizer = new Standardizer();

    @ParameterizedTest(name = "mappings/{0}.yaml is valid against the canonical model")
    @ValueSource(strings = {"hotel", "spa", "retail", "casino"})
    void everyDemoMappingIsValid(String source) {
        String yaml = resource(source);
        assertThat(MappingValidator.validate(yaml)).isEmpty();
        FieldMapping mapping = FieldMappingParser.parse(yaml);
        assertThat(mapping.source()).isEqualTo(source);
        assertThat(mapping.phoneRegion()).isEqualTo("US");
        assertThat(mapping.version()).isEqualTo(1);
    }

    @Test
    void hotelRowMapsToTheCanonicalModel() {
        Map<String, Object> row = row(
                "PROFILE_ID", "HP-0012345", "GUEST_NAME", "Mueller, Anna M.", "DOB", "03/07/1985",
                "ADDR_LINE1", "1234 Desert Inn Rd", "CITY", "Las Vegas", "STATE", "NV", "ZIP", "89109",
                "COUNTRY", "US", "PHONE", "(702) 555-0134", "EMAIL", "Anna.Mueller@Example.com", "VIP_CODE", "GOLD");

        MappingResult result = engine.apply(mapping("hotel"), row);

        assertThat(result.warnings()).isEmpty();
        assertThat(result.canonical().toWire()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("customer_number", "HP-0012345"), Map.entry("family_name", "Mueller"),
                Map.entry("given_name", "Anna"), Map.entry("middle_name", "M."),
                Map.entry("date_of_birth", "1985-03-07"), Map.entry("house_number", "1234"),
                Map.entry("street", "Desert Inn Rd"), Map.entry("city", "Las Vegas"), Map.entry("region", "NV"),
                Map.entry("postcode", "89109"), Map.entry("country", "US"), Map.entry("phone", "+17025550134"),
                Map.entry("email", "Anna.Mueller@Example.com")));
    }

    @Test
    void spaRowsMapToTheCanonicalModelWithEitherPhoneFormat() {
        Map<String, Object> row = row(
                "client_no", "SPA/2023/0042", "first_name", "Anna", "last_name", "Müller", "birthday", "1985-03-07",
                "mobile", "+1 702-555-0134", "e_mail", "anna.mueller@example.com", "street", "Desert Inn Rd",
                "house_no", "1234", "postal_code", "89109", "town", "Las Vegas", "gender", "female");

        MappingResult result = engine.apply(mapping("spa"), row);

        assertThat(result.canonical().toWire()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("customer_number", "SPA/2023/0042"), Map.entry("given_name", "Anna"),
                Map.entry("family_name", "Müller"), Map.entry("date_of_birth", "1985-03-07"),
                Map.entry("phone", "+17025550134"), Map.entry("email", "anna.mueller@example.com"),
                Map.entry("street", "Desert Inn Rd"), Map.entry("house_number", "1234"),
                Map.entry("postcode", "89109"), Map.entry("city", "Las Vegas"), Map.entry("gender", "female")));
        row.put("mobile", "702.555.0134");
        assertThat(engine.apply(mapping("spa"), row).canonical().toWire()).containsEntry("phone", "+17025550134");
    }

    @Test
    void retailRowMapsToTheCanonicalModel() {
        Map<String, Object> row = row(
                "LoyaltyCardNumber", "6012 3456 7890", "FullName", "Anna M Mueller", "DateOfBirth", "07-Mar-1985",
                "Phone", "7025550134", "Email", "anna.mueller@example.com", "Zip", "89109", "StoreId", "LV-03");

        MappingResult result = engine.apply(mapping("retail"), row);

        assertThat(result.canonical().toWire()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "customer_number", "6012 3456 7890", "given_name", "Anna", "middle_name", "M",
                "family_name", "Mueller", "date_of_birth", "1985-03-07", "phone", "+17025550134",
                "email", "anna.mueller@example.com", "postcode", "89109"));
    }

    @Test
    void casinoRowMapsToTheCanonicalModel() {
        Map<String, Object> row = row(
                "player_id", "PL00042311", "fname", "ANNA", "mname", "M", "lname", "MUELLER", "dob", "19850307",
                "addr", "1234 DESERT INN RD", "city", "LAS VEGAS", "st", "NV", "zip5", "89109",
                "cell", "702-555-0134", "email_addr", "ANNA.MUELLER@EXAMPLE.COM", "tier", "PLATINUM");

        MappingResult result = engine.apply(mapping("casino"), row);

        assertThat(result.canonical().toWire()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("customer_number", "PL00042311"), Map.entry("given_name", "ANNA"),
                Map.entry("middle_name", "M"), Map.entry("family_name", "MUELLER"),
                Map.entry("date_of_birth", "1985-03-07"), Map.entry("house_number", "1234"),
                Map.entry("street", "DESERT INN RD"), Map.entry("city", "LAS VEGAS"), Map.entry("region", "NV"),
                Map.entry("postcode", "89109"), Map.entry("phone", "+17025550134"),
                Map.entry("email", "ANNA.MUELLER@EXAMPLE.COM")));
    }

    @Test
    void theSameGuestFromHotelAndCasinoStandardizesToTheSameNameAddressAndContact() {
        CanonicalRecord hotel = standardizer.standardize(engine.apply(mapping("hotel"), row(
                "GUEST_NAME", "MUELLER, ANNA M.", "DOB", "03/07/1985", "ADDR_LINE1", "1234 Desert Inn Rd",
                "CITY", "Las Vegas", "STATE", "NV", "ZIP", "89109", "PHONE", "(702) 555-0134",
                "EMAIL", "anna.mueller@example.com")).canonical());
        CanonicalRecord casino = standardizer.standardize(engine.apply(mapping("casino"), row(
                "fname", "ANNA", "mname", "M", "lname", "MUELLER", "dob", "19850307", "addr", "1234 DESERT INN RD",
                "city", "LAS VEGAS", "st", "NV", "zip5", "89109", "cell", "702-555-0134",
                "email_addr", "ANNA.MUELLER@EXAMPLE.COM")).canonical());

        assertThat(casino).isEqualTo(hotel);
    }

    private static FieldMapping mapping(String source) {
        return FieldMappingParser.parse(resource(source));
    }

    private static String resource(String source) {
        String path = "mappings/" + source + ".yaml";
        try (InputStream yaml = DemoMappingsTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(yaml).as(path + " on the classpath").isNotNull();
            return new String(yaml.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
