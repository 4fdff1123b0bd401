package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every client mistake gets a 4xx with an RFC 9457 problem saying what is wrong, and writes nothing. */
@ExtendWith(TestHub.class)
class BadInputTest {
    static Fixtures.Source hotel;
    static Fixtures.Source spa;

    @BeforeAll
    static void registerSources() {
        hotel = Fixtures.source("hotel");
        spa = Fixtures.source("spa");
    }

    private static void assertProblem(Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode body = answer.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("type").asText()).startsWith("https://");
    }

    private static void assertNothingStored(String key) {
        assertThat(hotel.http().get(hotel.records() + key).status()).isEqualTo(404);
    }

    @Test
    void aRecordWithoutTokenIsUnauthenticated() {
        String key = Fixtures.key("HP-");
        assertProblem(Http.anonymous().put(hotel.records() + key, Map.of("GUEST_NAME", "X, Y")), 401);
        assertProblem(Http.source("hub_hotel_forged").put(hotel.records() + key, Map.of("GUEST_NAME", "X, Y")), 401);
        assertNothingStored(key);
    }

    @Test
    void aSourceCannotWriteAnotherSourcesRecords() {
        String key = Fixtures.key("HP-");
        Http.Answer answer = spa.http().put(hotel.records() + key, Map.of("GUEST_NAME", "X, Y"));
        assertProblem(answer, 403);
        assertNothingStored(key);
        assertProblem(Http.user("steward").put(hotel.records() + key, Map.of("GUEST_NAME", "X, Y")), 403);
    }

    @Test
    void malformedJsonSaysWhere() {
        String key = Fixtures.key("HP-");
        Http.Answer answer = hotel.http().put(hotel.records() + key, "application/json", "{\"GUEST_NAME\": \"Doe, Jane\",, }");
        assertProblem(answer, 400);
        assertThat(answer.json().get("detail").asText()).contains("line 1");
        assertProblem(hotel.http().put(hotel.records() + key, "application/json", "[1, 2]"), 400);
        assertProblem(hotel.http().put(hotel.records() + key, "application/json", ""), 400);
        assertNothingStored(key);
    }

    @Test
    void unknownFieldsAndWrongDatesNameTheField() {
        String key = Fixtures.key("HP-");
        Http.Answer unknown = hotel.http().put(hotel.records() + key, Map.of("GUEST_NAME", "Doe, Jane", "SHOE_SIZE", "42"));
        assertProblem(unknown, 422);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("SHOE_SIZE");

        Http.Answer date = hotel.http().put(hotel.records() + key, Map.of("GUEST_NAME", "Doe, Jane", "DOB", "1985-03-14"));
        assertProblem(date, 422);
        assertThat(date.json().get("errors").get(0).get("field").asText()).isEqualTo("DOB");
        assertThat(date.json().get("errors").get(0).get("message").asText()).contains("MM/dd/yyyy");
        assertNothingStored(key);
    }

    @Test
    void oversizedAndWrongMediaTypeAreRefused() {
        String key = Fixtures.key("HP-");
        assertProblem(hotel.http().put(hotel.records() + key, Map.of("GUEST_NAME", "Doe, " + "J".repeat(70_000))), 413);
        assertProblem(hotel.http().put(hotel.records() + key, "text/csv", "GUEST_NAME\nDoe, Jane"), 415);
        assertNothingStored(key);
    }

    @Test
    void anInvalidMappingIsRejectedNamingTheBadField() {
        String mapping = Fixtures.demoMapping("hotel").replaceFirst("(?m)^source:.*$", "source: " + hotel.code())
                .replace("to: date_of_birth", "to: birth_day").replaceFirst("(?m)^version:.*$", "version: 7");
        Http.Answer answer = Http.user("admin").put("/api/v1/sources/" + hotel.code() + "/mapping", "application/yaml", mapping);
        assertProblem(answer, 422);
        assertThat(answer.json().get("errors").get(0).get("field").asText()).endsWith(".to");
        assertThat(answer.json().get("errors").get(0).get("message").asText()).contains("birth_day");
        // the active mapping is unchanged: version 1 still reads dates
        assertThat(hotel.http().get("/api/v1/sources/" + hotel.code() + "/mapping").json().get("versions")).hasSize(1);
    }

    @Test
    void aRegistrationWithABadMappingLeavesNoSourceBehind() {
        String code = "half-" + Fixtures.key("x").toLowerCase();
        String bad = Fixtures.demoMapping("spa").replaceFirst("(?m)^source:.*$", "source: " + code).replace("to: city", "to: town");
        Http.Answer refused = Http.user("admin").post("/api/v1/sources", Map.of("code", code, "name", "Half", "mapping", bad));
        assertProblem(refused, 422);
        assertThat(Http.user("admin").get("/api/v1/sources").body()).doesNotContain(code);
        String good = Fixtures.demoMapping("spa").replaceFirst("(?m)^source:.*$", "source: " + code);
        assertThat(Http.user("admin").post("/api/v1/sources", Map.of("code", code, "name", "Half", "mapping", good)).status()).isEqualTo(201);
    }

    @Test
    void aBulkLineTooLargeIsRefusedAloneAndTaggedValuesInAMappingAreAProblem() {
        String key = Fixtures.key("HP-");
        String big = "{\"key\": \"" + key + "\", \"record\": {\"GUEST_NAME\": \"Doe, " + "J".repeat(70_000) + "\"}}";
        JsonNode answer = hotel.http().post(hotel.records() + "bulk", "application/x-ndjson", big).json();
        assertThat(answer.get("results").get(0).get("problem").get("status").asInt()).isEqualTo(413);
        assertNothingStored(key);
        String tagged = Fixtures.demoMapping("hotel").replaceFirst("(?m)^source:.*$", "source: " + hotel.code())
                .replaceFirst("(?m)^version:.*$", "version: !!int abc");
        assertProblem(Http.user("admin").put("/api/v1/sources/" + hotel.code() + "/mapping", "application/yaml", tagged), 422);
    }

    @Test
    void registrationNeedsAnAdminAndValidFields() {
        assertProblem(Http.user("steward").post("/api/v1/sources", Map.of("code", "rogue", "name", "Rogue")), 403);
        assertProblem(Http.user("admin").post("/api/v1/sources", Map.of("code", "Bad Code!", "name", "")), 422);
        assertProblem(Http.user("admin").post("/api/v1/sources", Map.of("code", hotel.code(), "name", "again")), 409);
        assertProblem(Http.anonymous().get("/api/v1/sources"), 401);
        assertProblem(Http.basic("admin", "wrong").get("/api/v1/sources"), 401);
    }

    @Test
    void unknownRoutesAndMalformedNumbersAreProblems() {
        assertProblem(Http.user("steward").get("/api/v1/nothing-here"), 404);
        assertProblem(Http.user("steward").get("/api/v1/masters/C0000000-1"), 422);
        assertProblem(Http.user("steward").get("/api/v1/masters/C9999999-" + luhn("9999999")), 404);
        assertProblem(Http.user("steward").post("/api/v1/reviews/999999999/decision", Map.of("decision", "MAYBE")), 422);
        assertProblem(Http.user("committee").get("/api/v1/reviews"), 403);
    }

    private static int luhn(String digits) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }
}
