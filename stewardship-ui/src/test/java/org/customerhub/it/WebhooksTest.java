package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Change events reach a source system's webhook through the outbox: signed with HMAC-SHA256, retried after a
 * failed attempt, only for masters holding the source's records, and visible in the delivery log.
 */
@ExtendWith(TestHub.class)
class WebhooksTest {
    static Fixtures.Source hotel;
    static Fixtures.Source spa;
    static HttpServer receiver;
    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    static final AtomicInteger REQUESTS = new AtomicInteger();

    record Received(String signature, String eventType, String body) {
        JsonNode json() {
            try {
                return Http.JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @BeforeAll
    static void startReceiver() throws IOException {
        hotel = Fixtures.source("hotel");
        spa = Fixtures.source("spa");
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            // the very first delivery fails, as a receiver that is briefly down would
            int status = REQUESTS.incrementAndGet() == 1 ? 503 : 204;
            if (status == 204) {
                RECEIVED.add(new Received(exchange.getRequestHeaders().getFirst("X-Hub-Signature-256"),
                        exchange.getRequestHeaders().getFirst("X-Hub-Event"), body));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        if (receiver != null) receiver.stop(0);
    }

    private static String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
    }

    private static String guest(String given) {
        String key = Fixtures.key("HP-");
        return hotel.http().put(hotel.records() + key, IngestAndMatchFlowTest.hotelGuest(key, Fixtures.uniqueName(), given, "08/09/1971", null, null))
                .json().get("customerNumber").asText();
    }

    private static Received await(Predicate<Received> wanted) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            for (Received r : RECEIVED) if (wanted.test(r)) return r;
            Thread.sleep(250);
        }
        throw new AssertionError("no such webhook delivery within 90 s; received: " + RECEIVED.stream().map(Received::body).toList());
    }

    private static String hmac(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void mergedAndUnmergedMastersReachTheSourcesWebhookSignedAndRetried() throws Exception {
        Http.Answer subscribed = hotel.http().post("/api/v1/webhooks", Map.of("url", url()));
        assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(201);
        String secret = subscribed.json().get("secret").asText();
        long id = subscribed.json().get("id").asLong();
        assertThat(secret).startsWith("whsec_");
        assertThat(hotel.http().get("/api/v1/webhooks").json().findValuesAsText("url")).containsExactly(url());
        assertThat(hotel.http().get("/api/v1/webhooks").body()).doesNotContain(secret);

        String older = guest("Bruno");
        String newer = guest("Bruno");
        String spaKey = Fixtures.key("SPA-");
        String spaOnly = spa.http().put(spa.records() + spaKey, IngestAndMatchFlowTest.spaClient(spaKey, "Ilse", Fixtures.uniqueName(), null, null, null))
                .json().get("customerNumber").asText();
        Http steward = Http.user("steward");
        assertThat(steward.post("/api/v1/masters/" + newer + "/merge", Map.of("with", older, "reason", "same guest")).status()).isEqualTo(200);
        String newerKey = steward.get("/api/v1/masters/" + older).json().get("sourceRecords").get(1).get("sourceKey").asText();
        assertThat(steward.post("/api/v1/masters/" + older + "/unmerge", Map.of("records",
                List.of(Map.of("source", hotel.code(), "sourceKey", newerKey)), "reason", "two people")).status()).isEqualTo(200);

        Received merged = await(r -> "master.merged".equals(r.eventType()) && r.body().contains(older));
        assertThat(merged.json().get("customerNumber").asText()).isEqualTo(older);
        assertThat(merged.json().get("data").get("absorbed").asText()).isEqualTo(newer);
        Received unmerged = await(r -> "master.unmerged".equals(r.eventType()) && r.body().contains(older));
        assertThat(unmerged.json().get("data").get("restoredOrNew").get(0).asText()).isEqualTo(newer);
        await(r -> "master.created".equals(r.eventType()) && r.body().contains(newer));
        // the payload names customers by number only: the subscriber reads the master for its values
        assertThat(merged.body()).doesNotContain("Bruno");

        for (Received r : List.of(merged, unmerged)) {
            String t = r.signature().replaceAll("^t=(\\d+),v1=.*$", "$1");
            assertThat(r.signature()).isEqualTo("t=" + t + ",v1=" + hmac(secret, t + "." + r.body()));
            assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t))).isLessThan(300);
        }
        assertThat(RECEIVED).noneMatch(r -> r.body().contains(spaOnly));

        await(r -> "master.created".equals(r.eventType()) && r.body().contains(older));
        // the first delivery failed with 503; once it is retried, all are delivered, one of them at the second attempt
        JsonNode deliveries = hotel.http().get("/api/v1/webhooks/" + id + "/deliveries").json();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (deliveries.findValuesAsText("status").contains("PENDING") && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            deliveries = hotel.http().get("/api/v1/webhooks/" + id + "/deliveries").json();
        }
        assertThat(deliveries.findValuesAsText("status")).hasSizeGreaterThanOrEqualTo(4).containsOnly("DELIVERED");
        assertThat(deliveries.findValues("attempts").stream().mapToInt(JsonNode::asInt).max().orElse(0))
                .as("the first attempt failed with 503 and was retried").isGreaterThanOrEqualTo(2);
    }

    @Test
    void subscriptionsAreCheckedAndKeptApartBetweenSources() {
        Http.Answer own = spa.http().post("/api/v1/webhooks", Map.of("url", "https://spa.example/hooks", "events", List.of("master.merged")));
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        long spaHook = own.json().get("id").asLong();
        assertThat(hotel.http().get("/api/v1/webhooks/" + spaHook + "/deliveries").status()).isEqualTo(404);
        assertThat(Http.user("admin").get("/api/v1/webhooks").json().findValuesAsText("id")).contains(String.valueOf(spaHook));
        assertThat(Http.user("steward").get("/api/v1/webhooks").status()).isEqualTo(403);

        Http.Answer plainHttp = spa.http().post("/api/v1/webhooks", Map.of("url", "http://spa.example/hooks"));
        assertThat(plainHttp.status()).isEqualTo(422);
        assertThat(plainHttp.json().get("errors").get(0).get("field").asText()).isEqualTo("url");
        assertThat(spa.http().post("/api/v1/webhooks", Map.of("url", "https://spa.example/h", "events", List.of("master.deleted")))
                .json().get("errors").get(0).get("field").asText()).isEqualTo("events");
        assertThat(spa.http().post("/api/v1/webhooks", Map.of("url", "https://spa.example/h", "colour", "red")).status()).isEqualTo(422);

        assertThat(hotel.http().delete("/api/v1/webhooks/" + spaHook).status()).isEqualTo(404);
        assertThat(spa.http().delete("/api/v1/webhooks/" + spaHook).status()).isEqualTo(204);
        assertThat(spa.http().get("/api/v1/webhooks").json()).isEmpty();
    }
}
