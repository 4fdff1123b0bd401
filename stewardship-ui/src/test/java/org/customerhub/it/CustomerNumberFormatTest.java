package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An approved customer-number format numbers the masters created after it; numbers issued before keep resolving,
 * and so do the new ones once the format changes again. The class puts the seeded format back in force at the
 * end, so that the classes after it see the hub's default numbers.
 */
@ExtendWith(TestHub.class)
class CustomerNumberFormatTest {
    private static final String KEY = "customer-number";
    private static final String DEFAULT = "prefix: C\ndigits: 7\nseparator: \"-\"\ncheck-digit: luhn\n";
    private static final Http STEWARD = Http.user("steward");
    private static Fixtures.Source hotel;
    private static int guests;

    @BeforeAll
    static void registerSource() {
        hotel = Fixtures.source("hotel");
    }

    private static String newGuest() {
        String key = Fixtures.key("HN-");
        Http.Answer answer = hotel.http().put(hotel.records() + key,
                IngestAndMatchFlowTest.hotelGuest(key, Fixtures.uniqueName(), Fixtures.uniqueName(), "03/0" + (++guests) + "/1971", null, null));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("customerNumber").asText();
    }

    @Test
    void newMastersGetTheApprovedFormatAndEveryIssuedNumberKeepsResolving() {
        String before = newGuest();
        assertThat(before).matches("C\\d{7}-\\d");
        String numbered;
        try {
            int version = Approvals.approveNow(KEY, "prefix: RC\ndigits: 8\nseparator: \"-\"\ncheck-digit: luhn\n");
            JsonNode inForce = Http.user("committee").get("/api/v1/definitions/" + KEY + "/in-force").json();
            assertThat(inForce.get("version").asInt()).isEqualTo(version);

            numbered = newGuest();
            assertThat(numbered).matches("RC\\d{8}-\\d");
            assertThat(STEWARD.get("/api/v1/masters/" + numbered).json().get("customerNumber").asText()).isEqualTo(numbered);
            assertThat(STEWARD.get("/api/v1/masters/" + before).status()).as("a number issued before").isEqualTo(200);

            String mistyped = numbered.substring(0, numbered.length() - 1) + (char) ('0' + (numbered.charAt(numbered.length() - 1) - '0' + 1) % 10);
            Http.Answer refused = STEWARD.get("/api/v1/masters/" + mistyped);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.toString()).contains("customerNumber", "RC00001234-");
            WebSession steward = WebSession.logIn("steward");
            assertThat(steward.get("/ui/masters?q=" + numbered.toLowerCase()).location()).isEqualTo("/ui/masters/" + numbered);
            WebSession.Page explained = steward.get("/ui/masters?q=" + mistyped);
            assertThat(explained.status()).isEqualTo(422);
            assertThat(explained.textOf("search-error")).contains("check digit of " + mistyped + " does not match");
        } finally {
            Approvals.approveNow(KEY, DEFAULT);
        }
        assertThat(newGuest()).matches("C\\d{7}-\\d");
        assertThat(STEWARD.get("/api/v1/masters/" + numbered).status()).as("a number of a format no longer in force").isEqualTo(200);
        assertThat(STEWARD.get("/api/v1/masters/" + before).status()).isEqualTo(200);
        assertThat(STEWARD.get("/api/v1/masters/RC99999999-0").status()).as("the shape of an old format, but no such master").isIn(404, 422);
    }
}
