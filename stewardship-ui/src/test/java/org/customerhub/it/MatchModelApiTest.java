package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The match model over the API: who may see and retrain it, and the promise that steward decisions are
 * labels: after not-a-match decisions on household pairs a retrain lowers the score of a similar household pair,
 * after approvals of nickname pairs it raises that of a similar nickname pair. The model in use before is made
 * active again at the end, so other test classes score as they expect.
 */
@ExtendWith(TestHub.class)
class MatchModelApiTest {
    static final String MODEL = "/api/v1/matching/model";
    static final Random RANDOM = new Random();
    static Fixtures.Source hotel;
    static Fixtures.Source spa;
    static String versionBefore;

    @BeforeAll
    static void registerSourcesAndRememberTheModel() {
        hotel = Fixtures.source("hotel");
        spa = Fixtures.source("spa");
        versionBefore = Http.user("admin").get(MODEL).json().get("version").asText();
    }

    @AfterAll
    static void restoreTheModel() {
        Http.Answer restored = Http.user("admin").post(MODEL + "/versions/" + versionBefore + "/activate", Map.of());
        assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
    }

    static String phone() {
        return "(702) " + (300 + RANDOM.nextInt(600)) + "-" + (1000 + RANDOM.nextInt(9000));
    }

    /** A hotel guest at a given address and phone (households share both). */
    static Map<String, Object> guest(String key, String family, String given, String address, String phone) {
        Map<String, Object> r = IngestAndMatchFlowTest.hotelGuest(key, family, given, null, phone, null);
        r.put("ADDR_LINE1", address);
        return r;
    }

    static String address() {
        return (100 + RANDOM.nextInt(9000)) + " Tropicana Ave";
    }

    Http.Answer putHotel(Map<String, Object> record) {
        String key = (String) record.get("PROFILE_ID");
        Http.Answer answer = hotel.http().put(hotel.records() + key, record);
        assertThat(answer.status()).as(answer.toString()).isIn(200, 201);
        return answer;
    }

    /** The match weight of the best candidate for a record that is not stored (search before create). */
    static JsonNode ask(Map<String, Object> canonical) {
        Http.Answer answer = Http.user("steward").post("/api/v1/match", Map.of("canonical", canonical));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    static String retrain() {
        Http.Answer answer = Http.user("admin").post(MODEL + "/retrain", Map.of());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("version").asText();
    }

    @Test
    void onlyAdminsRetrainAndStewardsMayReadTheModel() {
        Http.Answer steward = Http.user("steward").post(MODEL + "/retrain", Map.of());
        Http.Answer anonymous = Http.anonymous().post(MODEL + "/retrain", Map.of());
        Http.Answer committee = Http.user("committee").get(MODEL);
        Http.Answer unknown = Http.user("admin").post(MODEL + "/versions/no-such-version/activate", Map.of());

        assertThat(steward.status()).isEqualTo(403);
        assertThat(steward.contentType()).startsWith("application/problem+json");
        assertThat(steward.json().get("status").asInt()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(committee.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        JsonNode model = Http.user("steward").get(MODEL).json();
        assertThat(model.get("priorWeight").isNumber()).isTrue();
        assertThat(model.get("levels").get("given_name").get("nickname").get("weight").isNumber()).isTrue();
    }

    @Test
    void stewardDecisionsMoveTheScoresOfSimilarPairsAfterARetrain() {
        // the probes: a stored record each, asked about with a record of the kind the stewards will decide on
        String householdFamily = Fixtures.uniqueName();
        String householdAddress = address();
        String householdPhone = phone();
        String probeKey = Fixtures.key("HP-");
        putHotel(guest(probeKey, householdFamily, "Hugo", householdAddress, householdPhone));
        Map<String, Object> householdProbe = Map.of("given_name", "Clara", "family_name", householdFamily,
                "house_number", householdAddress.split(" ")[0], "street", "Tropicana Ave", "city", "Las Vegas",
                "postcode", "89169", "phone", "+1" + householdPhone.replaceAll("\\D", ""));
        String nicknameFamily = Fixtures.uniqueName();
        String nicknameKey = Fixtures.key("HP-");
        putHotel(IngestAndMatchFlowTest.hotelGuest(nicknameKey, nicknameFamily, "Robert", null, null, null));
        Map<String, Object> nicknameProbe = Map.of("given_name", "Bob", "family_name", nicknameFamily, "city", "Las Vegas");

        // the pairs the stewards decide on: households (two people, one home) and a guest known by a nickname
        List<Long> households = new ArrayList<>();
        List<Long> nicknames = new ArrayList<>();
        String modelOfTheReviews = null;
        for (int i = 0; i < 6; i++) {
            String family = Fixtures.uniqueName();
            String address = address();
            String phone = phone();
            putHotel(guest(Fixtures.key("HP-"), family, "Hugo", address, phone));
            Http.Answer partner = putHotel(guest(Fixtures.key("HP-"), family, "Clara", address, phone));
            assertThat(partner.json().get("outcome").asText()).as(partner.toString()).isEqualTo("REVIEW");
            households.add(partner.json().get("reviewId").asLong());
            modelOfTheReviews = partner.json().get("explanation").get("modelVersion").asText();

            String nicknameFamilyI = Fixtures.uniqueName();
            putHotel(IngestAndMatchFlowTest.hotelGuest(Fixtures.key("HP-"), nicknameFamilyI, "Robert", null, null, null));
            String spaKey = Fixtures.key("SPA/2024/");
            Http.Answer bob = spa.http().put(spa.records() + Http.encode(spaKey),
                    IngestAndMatchFlowTest.spaClient(spaKey, "Bob", nicknameFamilyI, null, null, null));
            assertThat(bob.json().get("outcome").asText()).as(bob.toString()).isEqualTo("REVIEW");
            nicknames.add(bob.json().get("reviewId").asLong());
        }
        assertThat(modelOfTheReviews).isEqualTo(versionBefore);

        // trained on the same records each time: only the labels differ, one kind of decision at a time
        String untaught = retrain();
        double householdBefore = ask(householdProbe).get("candidates").get(0).get("matchWeight").asDouble();

        Http steward = Http.user("steward");
        for (long review : households) {
            assertThat(steward.post("/api/v1/reviews/" + review + "/decision", Map.of("decision", "REJECT")).status()).isEqualTo(200);
        }
        String afterRejections = retrain();
        JsonNode householdAfter = ask(householdProbe);
        assertThat(householdAfter.get("modelVersion").asText()).isEqualTo(afterRejections);
        assertThat(householdAfter.get("candidates").get(0).get("matchWeight").asDouble()).isLessThan(householdBefore);
        double nicknameBefore = ask(nicknameProbe).get("candidates").get(0).get("matchWeight").asDouble();

        for (long review : nicknames) {
            assertThat(steward.post("/api/v1/reviews/" + review + "/decision", Map.of("decision", "APPROVE")).status()).isEqualTo(200);
        }
        Http.Answer taught = Http.user("admin").post(MODEL + "/retrain", Map.of());
        assertThat(taught.status()).as(taught.toString()).isEqualTo(201);
        String taughtVersion = taught.json().get("version").asText();
        assertThat(taught.json().get("previousVersion").asText()).isEqualTo(afterRejections);
        assertThat(taught.json().get("summary").get("notAMatchLabels").asInt()).isGreaterThanOrEqualTo(6);
        assertThat(taught.json().get("summary").get("approvedLabels").asInt()).isGreaterThanOrEqualTo(6);
        assertThat(ask(nicknameProbe).get("candidates").get(0).get("matchWeight").asDouble()).isGreaterThan(nicknameBefore);

        // versions are kept, and a decision records the version it was made with
        JsonNode versions = Http.user("admin").get(MODEL + "/versions").json();
        assertThat(versions.get("active").asText()).isEqualTo(taughtVersion);
        assertThat(versions.get("versions").findValuesAsText("version")).contains(untaught, afterRejections, taughtVersion);
        String spaKey = Fixtures.key("SPA/2024/");
        Http.Answer later = spa.http().put(spa.records() + Http.encode(spaKey),
                IngestAndMatchFlowTest.spaClient(spaKey, "Robert", nicknameFamily, null, null, null));
        assertThat(later.json().get("explanation").get("modelVersion").asText()).isEqualTo(taughtVersion);
        JsonNode review = steward.get("/api/v1/reviews/" + households.get(0)).json();
        assertThat(review.get("score").get("modelVersion").asText()).isEqualTo(versionBefore);
    }
}
