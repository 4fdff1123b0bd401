package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.customerhub.cleansing.CleansingFollower;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follower cleanses what ingestion stored, after it stored it: a push answers without waiting for any cleanser,
 * and a later round of the follower makes the proposals. (The test hub does not schedule the follower; the test
 * runs its rounds, so that no other test class's records are cleansed behind its back.)
 */
@ExtendWith(TestHub.class)
class CleansingFollowerTest {

    @Test
    void recordsStoredAfterTheFollowerStartedAreCleansedByItsNextRoundOnce() throws InterruptedException {
        CleansingFollower follower = TestHub.get().context().getBean(CleansingFollower.class);
        Fixtures.Source silo = Fixtures.source("hotel");
        follower.followFrom(Instant.now());
        String key = Fixtures.key("HP-");
        CleansingApiTest.guest(silo, key, "8 north paradise road", "NV", "89169", Fixtures.uniqueName().toLowerCase() + "@gmial.com");
        assertThat(Http.user("steward").get("/api/v1/cleansing/proposals?source=" + silo.code()).json().get("total").asInt()).isZero();

        // records younger than the settle time (2 s) wait for a later round
        Thread.sleep(2_500);
        int cleansed = follower.follow(1000);

        assertThat(cleansed).isEqualTo(1);
        JsonNode email = Http.user("steward").get("/api/v1/cleansing/proposals?status=pending&kind=email&source=" + silo.code()).json();
        assertThat(email.get("total").asInt()).isEqualTo(1);
        JsonNode address = Http.user("steward").get("/api/v1/cleansing/proposals?kind=address&source=" + silo.code()).json();
        assertThat(address.get("proposals").get(0).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(follower.follow(1000)).isZero();
        JsonNode configuration = Http.user("steward").get("/api/v1/cleansing").json();
        assertThat(configuration.get("follow").get("recordsCleansed").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(configuration.get("follow").get("enabled").asBoolean()).isFalse();
    }
}
