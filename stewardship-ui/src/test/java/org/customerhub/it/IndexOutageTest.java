package org.customerhub.it;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.customerhub.search.ElasticsearchNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database is the system of record and the index catches up: with the Elasticsearch node stopped, records are
 * accepted (kept pending), and once the node is back they are matched and indexed; the reindex command then
 * rebuilds the index from the database. Stopping the node of the shared test hub would disturb every other test
 * class, so this class runs a second small hub with a node of its own, and stops and restarts that node.
 */
@ExtendWith(TestHub.class)
class IndexOutageTest {
    static ElasticsearchNode.Settings nodeSettings;
    static ElasticsearchNode node;
    static ApplicationContext context;
    static String url;

    @BeforeAll
    static void startHubWithItsOwnNode() throws IOException {
        ElasticsearchNode.Settings free = new ElasticsearchNode.Settings(Path.of("target/elasticsearch/elasticsearch.zip").toAbsolutePath(),
                Path.of("target/outage-es").toAbsolutePath(), 0, "384m", Duration.ofSeconds(240));
        node = ElasticsearchNode.start(free);
        // the restart takes the same port: the hub's client keeps its address
        nodeSettings = new ElasticsearchNode.Settings(free.distributionZip(), free.workDir(), node.port(), free.heap(), free.startTimeout());
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("datasources.default.url", "jdbc:h2:mem:hub-outage;DB_CLOSE_DELAY=-1");
        properties.put("hub.elasticsearch.embedded", false);
        properties.put("hub.elasticsearch.url", node.url());
        properties.put("hub.elasticsearch.index-prefix", "outage");
        properties.put("hub.workflow.job-executor", false);
        properties.put("hub.workflow.engine-name", "customer-hub-outage");
        properties.put("hub.catch-up.interval", "1s");
        properties.put("hub.catch-up.initial-delay", "1s");
        properties.put("hub.index-sync.interval", "1s");
        properties.put("hub.index-sync.initial-delay", "1s");
        properties.put("hub.events.dispatcher.enabled", false);
        context = ApplicationContext.run(properties, "test");
        url = context.getBean(EmbeddedServer.class).start().getURL().toString();
    }

    @AfterAll
    static void stopHubAndNode() {
        if (context != null) context.close();
        if (node != null) node.close();
    }

    /** The record's cross-reference once it is matched (409 while it is pending), waiting up to two minutes. */
    private static Http.Answer awaitMatched(Http source, String key) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        Http.Answer xref = source.get("/api/v1/xref/hotel-outage/" + key);
        while (xref.status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            xref = source.get("/api/v1/xref/hotel-outage/" + key);
        }
        assertThat(xref.status()).as("matched: " + xref).isEqualTo(200);
        return xref;
    }

    @Test
    void recordsAreAcceptedWhileTheIndexIsDownAndMatchedWhenItIsBackThenReindexRebuildsIt() throws Exception {
        Http admin = Http.user("admin").at(url);
        Http.Answer registered = admin.post("/api/v1/sources", Map.of("code", "hotel-outage", "name", "Hotel", "trust", 0.8,
                "mapping", Fixtures.demoMapping("hotel").replaceFirst("(?m)^source:.*$", "source: hotel-outage")));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        Http hotel = Http.source(registered.json().get("token").asText()).at(url);
        String records = "/api/v1/sources/hotel-outage/records/";
        String family = Fixtures.uniqueName();
        hotel.put(records + "HP-1", IngestAndMatchFlowTest.hotelGuest("HP-1", family, "Greta", "10/11/1966", "(702) 555-0101", "greta@example.net"));
        // a brand-new index may refuse the very first search for a moment; the catch-up job then matches the record
        String number = awaitMatched(hotel, "HP-1").json().get("customerNumber").asText();

        node.close();
        Http.Answer duringOutage = hotel.put(records + "HP-2", IngestAndMatchFlowTest.hotelGuest("HP-2", family, "Greta", "10/11/1966", "(702) 555-0101", "greta@example.net"));
        Http.Answer newPerson = hotel.put(records + "HP-3", IngestAndMatchFlowTest.hotelGuest("HP-3", Fixtures.uniqueName(), "Kai", "01/01/1990", null, null));
        assertThat(duringOutage.status()).as(duringOutage.toString()).isEqualTo(201);
        assertThat(duringOutage.json().get("outcome").asText()).isEqualTo("PENDING");
        assertThat(newPerson.json().get("outcome").asText()).isEqualTo("PENDING");
        assertThat(hotel.get("/api/v1/xref/hotel-outage/HP-2").status()).isEqualTo(409);
        // the master and its history are in the database: they answer while the index is down
        assertThat(Http.user("steward").at(url).get("/api/v1/masters/" + number).status()).isEqualTo(200);

        node = ElasticsearchNode.start(nodeSettings);
        assertThat(awaitMatched(hotel, "HP-2").json().get("customerNumber").asText()).isEqualTo(number);
        assertThat(awaitMatched(hotel, "HP-3").json().get("customerNumber").asText()).isNotEqualTo(number);

        Http.Answer rebuilt = admin.post("/api/v1/admin/reindex?recreate=true", "");
        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
        assertThat(rebuilt.json().get("records").asLong()).isEqualTo(3);
        assertThat(rebuilt.json().get("notIndexed").asLong()).isZero();
        assertThat(rebuilt.json().get("recreated").asBoolean()).isTrue();
        // the rebuilt index finds the customer again
        Http.Answer who = hotel.post("/api/v1/match", Map.of("record", IngestAndMatchFlowTest.hotelGuest("HP-9", family, "Greta", "10/11/1966", "(702) 555-0101", null)));
        assertThat(who.status()).as(who.toString()).isEqualTo(200);
        assertThat(who.json().get("candidates").get(0).get("customerNumber").asText()).isEqualTo(number);
        assertThat(Http.user("steward").at(url).post("/api/v1/admin/reindex", "").status()).isEqualTo(403);
    }
}
