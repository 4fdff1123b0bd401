package org.customerhub.it;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profile on PostgreSQL (127.0.0.1:5432, database test): a second hub in its own fresh schema,
 * sharing the test run's Elasticsearch node under another index prefix. Migrations, the engine's tables and
 * the ingest-and-match path must work there as on H2.
 */
@ExtendWith(TestHub.class)
class PostgresProfileTest {
    static final String JDBC = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String SCHEMA = "hub_it_" + Long.toString(System.nanoTime(), 36);
    static ApplicationContext context;
    static String url;

    @BeforeAll
    static void startHubOnPostgres() throws SQLException {
        try (Connection c = DriverManager.getConnection(JDBC, "postgres", "")) {
            c.createStatement().execute("CREATE SCHEMA " + SCHEMA);
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("datasources.default.url", JDBC + "?currentSchema=" + SCHEMA);
        properties.put("datasources.default.username", "postgres");
        properties.put("datasources.default.password", "");
        properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        properties.put("hub.elasticsearch.url", TestHub.get().elasticsearchUrl());
        properties.put("hub.elasticsearch.index-prefix", SCHEMA.replace('_', '-'));
        properties.put("hub.workflow.job-executor", false);
        properties.put("hub.workflow.engine-name", "customer-hub-postgres");
        properties.put("hub.workflow.database-schema", SCHEMA);
        properties.put("hub.catch-up.enabled", false);
        properties.put("hub.index-sync.initial-delay", "1h");
        properties.put("hub.elasticsearch.embedded", false);
        // every setting of the postgres profile is given here: properties passed to run() rank below the
        // profile's file, which reads the HUB_* environment of a real deployment
        context = ApplicationContext.run(properties, "test");
        url = context.getBean(EmbeddedServer.class).start().getURL().toString();
    }

    @AfterAll
    static void stopAndDropSchema() throws SQLException {
        if (context != null) context.close();
        try (Connection c = DriverManager.getConnection(JDBC, "postgres", "")) {
            c.createStatement().execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void migrationsAndTheEngineTablesAreInTheSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(JDBC, "postgres", "");
             ResultSet tables = c.getMetaData().getTables(null, SCHEMA, "%", new String[]{"TABLE"})) {
            java.util.Set<String> names = new java.util.HashSet<>();
            while (tables.next()) names.add(tables.getString("TABLE_NAME").toLowerCase());
            assertThat(names).contains("source_record", "master_record", "merge_review", "flyway_schema_history",
                    "act_ru_task", "act_re_procdef");
        }
    }

    @Test
    void aRecordFlowsFromTwoSilosToOneMasterAndAReview() {
        Http admin = Http.user("admin").at(url);
        String hotelCode = "hotel-pg";
        String spaCode = "spa-pg";
        Http.Answer hotelReg = admin.post("/api/v1/sources", Map.of("code", hotelCode, "name", "Hotel on PG", "trust", 0.8,
                "mapping", Fixtures.demoMapping("hotel").replaceFirst("(?m)^source:.*$", "source: " + hotelCode)));
        Http.Answer spaReg = admin.post("/api/v1/sources", Map.of("code", spaCode, "name", "Spa on PG",
                "mapping", Fixtures.demoMapping("spa").replaceFirst("(?m)^source:.*$", "source: " + spaCode)));
        assertThat(hotelReg.status()).as(hotelReg.toString()).isEqualTo(201);
        Http hotel = Http.source(hotelReg.json().get("token").asText()).at(url);
        Http spa = Http.source(spaReg.json().get("token").asText()).at(url);
        String family = Fixtures.uniqueName();

        Http.Answer first = hotel.put("/api/v1/sources/" + hotelCode + "/records/HP-1",
                IngestAndMatchFlowTest.hotelGuest("HP-1", family, "Karl", "12/24/1960", "(702) 555-0199", null));
        Http.Answer again = hotel.put("/api/v1/sources/" + hotelCode + "/records/HP-1",
                IngestAndMatchFlowTest.hotelGuest("HP-1", family, "Karl", "12/24/1960", "(702) 555-0199", null));
        Http.Answer linked = spa.put("/api/v1/sources/" + spaCode + "/records/S-1",
                IngestAndMatchFlowTest.spaClient("S-1", "Karl", family, "1960-12-24", "702.555.0199", null));
        Http.Answer review = spa.put("/api/v1/sources/" + spaCode + "/records/S-2",
                IngestAndMatchFlowTest.spaClient("S-2", "Karla", family, null, null, null));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.json().get("status").asText()).isEqualTo("UNCHANGED");
        assertThat(linked.json().get("outcome").asText()).as(linked.toString()).isEqualTo("AUTO_LINK");
        assertThat(linked.json().get("customerNumber").asText()).isEqualTo(first.json().get("customerNumber").asText());
        assertThat(review.json().get("outcome").asText()).as(review.toString()).isEqualTo("REVIEW");

        Http steward = Http.user("steward").at(url);
        long reviewId = review.json().get("reviewId").asLong();
        // the inbox's list and counts are SQL of the hub's over the engine's tables in the schema
        assertThat(steward.get("/api/v1/reviews?max=500").json().get("tasks").findValuesAsText("reviewId")).contains(String.valueOf(reviewId));
        var workflow = context.getBean(org.customerhub.stewardship.ReviewWorkflow.class);
        var spaFilter = new org.customerhub.stewardship.ReviewWorkflow.TaskFilter(null, false, spaCode, null, null, null,
                org.customerhub.stewardship.ReviewWorkflow.Deferral.DUE);
        assertThat(workflow.openTasks(spaFilter, org.customerhub.stewardship.ReviewWorkflow.TaskOrder.MOST_LIKELY, 0, 10))
                .extracting(org.customerhub.stewardship.ReviewWorkflow.OpenTask::reviewId).containsExactly(reviewId);
        assertThat(workflow.countInbox(spaFilter, "steward").in(null))
                .isEqualTo(new org.customerhub.stewardship.ReviewWorkflow.TabCounts(0, 1, 1, 0));
        Http.Answer decided = steward.post("/api/v1/reviews/" + reviewId + "/decision", Map.of("decision", "REJECT"));
        assertThat(decided.json().get("status").asText()).as(decided.toString()).isEqualTo("REJECTED");
    }
}
