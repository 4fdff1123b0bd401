package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A changed mapping of a source in use waits for a steward: ingestion keeps reading with the active version until
 * the change is approved; a rejection leaves the active version; the steward sees the diff and the source's latest
 * records read both ways. Over the API and on the steward's pages, through the real approval process.
 */
@ExtendWith(TestHub.class)
class MappingApprovalTest {

    /** The spa mapping under the source's code, with the mobile column ignored: phones stop reaching the hub. */
    private static String withoutPhones(Fixtures.Source spa, int version) {
        return Fixtures.demoMapping("spa").replaceFirst("(?m)^source:.*$", "source: " + spa.code())
                .replaceFirst("(?m)^version:.*$", "version: " + version)
                .replace("  - column: mobile                # \"+1 702-555-0134\" or \"702.555.0134\"\n    to: phone",
                        "  - column: mobile\n    ignore: true");
    }

    private static Http.Answer submit(Fixtures.Source spa, String yaml) {
        return spa.http().put("/api/v1/sources/" + spa.code() + "/mapping", "application/yaml", yaml);
    }

    private static String phoneOf(Fixtures.Source spa, String key) {
        JsonNode canonical = Http.user("steward").get("/api/v1/sources/" + spa.code() + "/records/" + Http.encode(key)).json().get("canonical");
        return canonical.hasNonNull("phone") ? canonical.get("phone").asText() : null;
    }

    private static String pushClient(Fixtures.Source spa, String family) {
        String key = Fixtures.key("SPA-");
        Http.Answer answer = spa.http().put(spa.records() + Http.encode(key),
                IngestAndMatchFlowTest.spaClient(key, "Ottilie", family, "1980-02-03", Fixtures.phone(), null));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return key;
    }

    @Test
    void aChangedMappingIsUsedOnlyAfterAStewardApprovesIt() {
        Fixtures.Source spa = Fixtures.source("spa");
        String family = Fixtures.uniqueName();
        String before = pushClient(spa, family);

        Http.Answer submitted = submit(spa, withoutPhones(spa, 2));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(202);
        assertThat(submitted.json().get("status").asText()).isEqualTo("PENDING");
        Http.Answer again = submit(spa, withoutPhones(spa, 2));
        assertThat(again.status()).as("the same change again still waits").isEqualTo(202);
        assertThat(again.json().get("changed").asBoolean()).isFalse();

        String whilePending = pushClient(spa, family);
        assertThat(phoneOf(spa, whilePending)).as("read with the active version 1").startsWith("+1702555");

        JsonNode list = Http.user("steward").get("/api/v1/mapping-approvals").json();
        assertThat(list.get("pending").findValuesAsText("source")).contains(spa.code());

        JsonNode review = Http.user("steward").get("/api/v1/mapping-approvals/" + spa.code() + "/2").json();
        assertThat(review.get("activeVersion").asInt()).isEqualTo(1);
        assertThat(review.get("diff").findValuesAsText("kind")).contains("REMOVED", "ADDED");
        assertThat(review.get("samples").findValuesAsText("sourceKey")).contains(before, whilePending);
        JsonNode phone = null;
        for (JsonNode v : review.get("samples").get(0).get("values")) if (v.get("attribute").asText().equals("phone")) phone = v;
        assertThat(phone).as("the sample shows the phone lost with version 2").isNotNull();
        assertThat(phone.get("active").asText()).startsWith("+1702555");
        assertThat(phone.hasNonNull("pending")).isFalse();

        Http.Answer approved = Http.user("steward").post("/api/v1/mapping-approvals/" + spa.code() + "/2/decision",
                Map.of("decision", "APPROVE", "comment", "the spa stopped collecting mobiles"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(approved.json().get("decidedBy").asText()).isEqualTo("steward");

        String after = pushClient(spa, family);
        assertThat(phoneOf(spa, after)).as("read with version 2").isNull();
        JsonNode versions = Http.user("steward").get("/api/v1/sources/" + spa.code() + "/mapping").json().get("versions");
        assertThat(versions.findValuesAsText("status")).containsExactly("ACTIVE", "SUPERSEDED");
        assertThat(Http.user("steward").get("/api/v1/mapping-approvals").json().path("pending").findValuesAsText("source"))
                .doesNotContain(spa.code());
        assertThat(Http.user("steward").post("/api/v1/mapping-approvals/" + spa.code() + "/2/decision",
                Map.of("decision", "APPROVE")).status()).as("decided already").isEqualTo(409);
    }

    @Test
    void aRejectionNeedsAReasonAndLeavesTheActiveVersion() {
        Fixtures.Source spa = Fixtures.source("spa");
        assertThat(submit(spa, withoutPhones(spa, 2)).status()).isEqualTo(202);
        String decision = "/api/v1/mapping-approvals/" + spa.code() + "/2/decision";

        Http.Answer noReason = Http.user("steward").post(decision, Map.of("decision", "REJECT"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("comment");
        Http.Answer unknown = Http.user("steward").post(decision, Map.of("decision", "MAYBE"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(Http.user("committee").post(decision, Map.of("decision", "APPROVE")).status()).isEqualTo(403);
        assertThat(spa.http().post(decision, Map.of("decision", "APPROVE")).status()).as("the source itself").isEqualTo(403);

        Http.Answer rejected = Http.user("lead").post(decision, Map.of("decision", "REJECT", "comment", "phones are needed for matching"));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(phoneOf(spa, pushClient(spa, Fixtures.uniqueName()))).as("still version 1").startsWith("+1702555");

        Http.Answer sameVersion = submit(spa, withoutPhones(spa, 2).replace("ignore: true", "ignore: true  # again"));
        assertThat(sameVersion.status()).as("a rejected version number is used up").isEqualTo(422);
        assertThat(submit(spa, withoutPhones(spa, 3)).status()).isEqualTo(202);
        assertThat(Http.user("admin").get("/ui/audit").status()).isNotEqualTo(500);
    }

    @Test
    void aNewerVersionWithdrawsTheWaitingOne() {
        Fixtures.Source spa = Fixtures.source("spa");
        assertThat(submit(spa, withoutPhones(spa, 2)).status()).isEqualTo(202);
        assertThat(submit(spa, withoutPhones(spa, 3).replace("ignore: true", "ignore: true  # v3")).status()).isEqualTo(202);

        JsonNode versions = Http.user("steward").get("/api/v1/sources/" + spa.code() + "/mapping").json().get("versions");
        assertThat(versions.findValuesAsText("status")).containsExactly("PENDING", "WITHDRAWN", "ACTIVE");
        assertThat(Http.user("steward").post("/api/v1/mapping-approvals/" + spa.code() + "/2/decision",
                Map.of("decision", "APPROVE")).status()).isEqualTo(409);
        assertThat(Http.user("steward").post("/api/v1/mapping-approvals/" + spa.code() + "/3/decision",
                Map.of("decision", "APPROVE")).status()).isEqualTo(200);
    }

    @Test
    void aStewardApprovesOnThePageAfterSeeingTheDiffAndTheSamples() {
        Fixtures.Source spa = Fixtures.source("spa");
        String key = pushClient(spa, Fixtures.uniqueName());
        assertThat(submit(spa, withoutPhones(spa, 2)).status()).isEqualTo(202);
        WebSession steward = WebSession.logIn("steward");

        WebSession.Page list = steward.get("/ui/mappings");
        assertThat(list.html()).contains("data-source=\"" + spa.code() + "\"");
        WebSession.Page page = steward.get("/ui/mappings/" + spa.code() + "/2");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.textOf("mapping-status")).isEqualTo("PENDING");
        assertThat(page.textOf("diff")).contains("ignore: true");
        assertThat(page.html()).contains("data-key=\"" + key + "\"").contains("reads differently");

        WebSession.Page noReason = steward.post("/ui/mappings/" + spa.code() + "/2/decision", Map.of("decision", "REJECT", "comment", ""));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.html()).contains("a rejection needs a comment");
        WebSession.Page approved = steward.post("/ui/mappings/" + spa.code() + "/2/decision", Map.of("decision", "APPROVE", "comment", "ok"));
        assertThat(approved.status()).isEqualTo(303);
        assertThat(WebSession.decode(approved.location())).contains("Version 2 of " + spa.code() + " approved");
        assertThat(steward.get("/ui/mappings/" + spa.code() + "/2").textOf("mapping-status")).isEqualTo("ACTIVE");
        assertThat(WebSession.logIn("committee").get("/ui/mappings").status()).isEqualTo(403);
    }
}
