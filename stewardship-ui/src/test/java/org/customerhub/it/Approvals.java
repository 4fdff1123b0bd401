package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Puts a body of a definition in force now: revised by one committee member, approved by two others. */
final class Approvals {
    private Approvals() {
    }

    /** Answers the version now in force. */
    static int approveNow(String key, String body) {
        String defs = "/api/v1/definitions/" + key;
        Http.Answer revised = Http.user("committee").put(defs, Map.of("body", body));
        assertThat(revised.status()).as(revised.toString()).isIn(200, 201);
        int version = revised.json().get("version").asInt();
        Http.Answer proposed = Http.user("committee").post(defs + "/versions/" + version + "/proposal", Map.of());
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(202);
        Http.user("committee2").post(defs + "/versions/" + version + "/votes", Map.of("vote", "APPROVE", "comment", "agreed"));
        JsonNode approved = Http.user("chair").post(defs + "/versions/" + version + "/votes", Map.of("vote", "APPROVE")).json();
        assertThat(approved.get("status").asText()).as(approved.toString()).isEqualTo("APPROVED");
        assertThat(approved.get("inForce").asBoolean()).as(approved.toString()).isTrue();
        return version;
    }
}
