package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.customerhub.stewardship.ReviewService;
import org.h2.tools.TriggerAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review processes of a bulk push are started together, in one engine transaction per bulk transaction: each
 * review still gets exactly one running process with its variables by the time the push answers, and a start the
 * engine refuses costs that review alone its process (until the sweep), not the others theirs.
 */
@ExtendWith(TestHub.class)
class BulkReviewProcessesTest {
    /** Common given names: with a made-up family name each, a spa client of the same name is a possible match. */
    private static final List<String> GIVEN_NAMES = List.of("Edda", "Marta", "Olga", "Pia");

    @Test
    void aBulkPushRaisingSeveralReviewsGivesEachOneRunningProcessWithItsVariables() {
        Fixtures.Source hotel = Fixtures.source("hotel");
        Fixtures.Source spa = Fixtures.source("spa");
        List<Long> reviewIds = reviewsOfOneBulkPush(hotel, spa);

        for (long reviewId : reviewIds) {
            ProcessInstance instance = onlyProcessOf(reviewId);
            Map<String, Object> variables = runtime().getVariables(instance.getId());
            assertThat(variables).containsEntry("reviewId", reviewId).containsEntry("sourceCode", spa.code())
                    .containsEntry("slaDuration", "P2D").containsKeys("scoreBand", "probability", "queue", "approvers");
            assertThat(((Number) variables.get("probability")).doubleValue()).isBetween(0.0, 1.0);
            JsonNode detail = Http.user("steward").get("/api/v1/reviews/" + reviewId).json();
            assertThat(detail.path("taskId").asText()).as("review %d has its task", reviewId).isNotBlank();
        }
    }

    @Test
    void aStartTheEngineRefusesCostsOnlyThatReviewItsProcessUntilTheSweep() throws SQLException {
        Fixtures.Source hotel = Fixtures.source("hotel");
        Fixtures.Source spa = Fixtures.source("spa");
        List<Long> reviewIds;
        try (Connection connection = database().getConnection(); Statement sql = connection.createStatement()) {
            RefuseOneReviewProcess.refused = null;
            sql.execute("CREATE TRIGGER IT_REFUSE_ONE_REVIEW_PROCESS BEFORE INSERT ON ACT_RU_EXECUTION FOR EACH ROW CALL '"
                    + RefuseOneReviewProcess.class.getName() + "'");
            try {
                reviewIds = reviewsOfOneBulkPush(hotel, spa);
            } finally {
                sql.execute("DROP TRIGGER IT_REFUSE_ONE_REVIEW_PROCESS");
            }
        }
        String refused = RefuseOneReviewProcess.refused;
        assertThat(refused).as("one start was refused").isNotNull();
        assertThat(reviewIds).contains(Long.parseLong(refused));
        for (long reviewId : reviewIds) {
            if (String.valueOf(reviewId).equals(refused)) assertThat(processesOf(reviewId)).isEmpty();
            else onlyProcessOf(reviewId);
        }

        TestHub.get().context().getBean(ReviewService.class).startMissingProcesses();
        for (long reviewId : reviewIds) onlyProcessOf(reviewId);
    }

    /** Hotel guests pushed one by one, then a spa bulk push of the same people: a review per spa record. */
    private static List<Long> reviewsOfOneBulkPush(Fixtures.Source hotel, Fixtures.Source spa) {
        StringBuilder ndjson = new StringBuilder();
        for (String given : GIVEN_NAMES) {
            String family = Fixtures.uniqueName();
            String hotelKey = Fixtures.key("HP-");
            String spaKey = Fixtures.key("SPA-");
            hotel.http().put(hotel.records() + hotelKey, IngestAndMatchFlowTest.hotelGuest(hotelKey, family, given, null, null, null));
            ndjson.append(line(spaKey, IngestAndMatchFlowTest.spaClient(spaKey, given, family, null, null, null))).append('\n');
        }
        JsonNode answer = spa.http().post(spa.records() + "bulk", "application/x-ndjson", ndjson.toString()).json();
        List<Long> reviewIds = new ArrayList<>();
        for (JsonNode result : answer.get("results")) {
            assertThat(result.path("outcome").asText()).as(result.toString()).isEqualTo("REVIEW");
            reviewIds.add(result.get("reviewId").asLong());
        }
        assertThat(reviewIds).hasSize(GIVEN_NAMES.size()).doesNotHaveDuplicates();
        return reviewIds;
    }

    private static ProcessInstance onlyProcessOf(long reviewId) {
        List<ProcessInstance> instances = processesOf(reviewId);
        assertThat(instances).as("running processes of review %d", reviewId).hasSize(1);
        return instances.get(0);
    }

    private static List<ProcessInstance> processesOf(long reviewId) {
        return runtime().createProcessInstanceQuery().processDefinitionKey("mergeReview")
                .processInstanceBusinessKey(String.valueOf(reviewId)).list();
    }

    private static RuntimeService runtime() {
        return TestHub.get().context().getBean(RuntimeService.class);
    }

    private static DataSource database() {
        return DelegatingDataSource.unwrapDataSource(TestHub.get().context().getBean(DataSource.class));
    }

    private static String line(String key, Map<String, Object> record) {
        try {
            return Http.JSON.writeValueAsString(Map.of("key", key, "record", record));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An H2 trigger on the engine's executions: refuses every row of the first merge-review process it sees (by
     * business key, the review id), as a database refusing that one start would.
     */
    public static final class RefuseOneReviewProcess extends TriggerAdapter {
        static volatile String refused;

        @Override
        public void fire(Connection connection, ResultSet oldRow, ResultSet newRow) throws SQLException {
            String businessKey = newRow.getString("BUSINESS_KEY_");
            String definition = newRow.getString("PROC_DEF_ID_");
            if (businessKey == null || definition == null || !definition.startsWith("mergeReview:")) return;
            synchronized (RefuseOneReviewProcess.class) {
                if (refused == null) refused = businessKey;
            }
            if (refused.equals(businessKey)) throw new SQLException("refused by the test: process of review " + businessKey);
        }
    }
}
