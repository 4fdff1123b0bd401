package org.customerhub.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Mappings are checked against the approved nomenclature (the seeded version): findings, not refusals. */
@ExtendWith(TestHub.class)
class MappingFindingsTest {

    @Test
    void aMappingThatLeavesOutARequiredFieldIsRegisteredWithAWarning() {
        Fixtures.Source spa = Fixtures.source("spa");
        String withoutFamilyName = Fixtures.demoMapping("spa").replaceFirst("(?m)^source:.*$", "source: " + spa.code())
                .replace("version: 1", "version: 2").replace("  - column: last_name\n    to: family_name", "  - column: last_name\n    ignore: true");
        Http.Answer registered = Http.user("admin").put("/api/v1/sources/" + spa.code() + "/mapping", "application/yaml", withoutFamilyName);

        // a changed mapping of a source in use waits for a steward's approval, its findings shown from the start
        assertThat(registered.status()).as(registered.toString()).isEqualTo(202);
        assertThat(registered.json().get("status").asText()).isEqualTo("PENDING");
        assertThat(messages(registered.json())).anyMatch(m -> m.contains("no column fills family_name, which the approved nomenclature requires"));
        assertThat(registered.json().get("findings").get(0).get("definition").asText()).isEqualTo("nomenclature v1");
        JsonNode page = Http.user("steward").get("/api/v1/sources/" + spa.code() + "/mapping").json();
        assertThat(messages(page)).noneMatch(m -> m.contains("requires"));
        JsonNode pending = StreamSupport.stream(page.get("versions").spliterator(), false)
                .filter(v -> v.get("version").asInt() == 2).findFirst().orElseThrow();
        assertThat(messages(pending)).anyMatch(m -> m.contains("requires"));
        // and the steward who approves the version sees them beside the diff
        JsonNode approval = Http.user("steward").get("/api/v1/mapping-approvals/" + spa.code() + "/2").json();
        assertThat(approval.get("findings").toString()).contains("warning: no column fills family_name", "(nomenclature v1)");
    }

    @Test
    void aMiddleNameColumnIsNotedSinceTheNomenclatureKeepsOneInitial() {
        String code = "hotel-f" + Fixtures.key("");
        String mapping = Fixtures.demoMapping("hotel").replaceFirst("(?m)^source:.*$", "source: " + code);
        Http.Answer registered = Http.user("admin").post("/api/v1/sources", Map.of("code", code, "name", "hotel", "mapping", mapping));

        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.json().get("findings").findValuesAsText("severity")).containsOnly("NOTICE");
        assertThat(messages(registered.json())).anyMatch(m -> m.contains("fills middle_name, which the approved nomenclature keeps as one initial"));
    }

    private static List<String> messages(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.path("findings").forEach(f -> out.add(f.get("message").asText()));
        return out;
    }
}
