package org.customerhub.bench;

import org.customerhub.source.mapping.FieldMappingParser;
import org.customerhub.source.mapping.FieldRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The generic benchmark's input: CSV files with their mappings and a truth file. */
class CsvDataSetTest {
    private static final String MAPPING = """
            source: guests
            name: Guests
            version: 1
            fields:
              - column: guest_id
                ignore: true
              - column: name
                transform: name-first-last
                to: [given_name, middle_name, family_name]
              - column: national_id
                to: customer_number
            """;

    @TempDir
    Path dir;

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        Path file = write("a.csv", "guest_id,name,national_id\n"
                + "g1,\"Mueller, Anna\",\"12 \"\"34\"\"\"\n"
                + "g2, Bo Berg ,\"line\nbreak\"\n");

        List<CsvFile.Row> rows = CsvFile.read(file, 0);

        assertThat(rows).extracting(CsvFile.Row::line).containsExactly(2, 3);
        assertThat(rows.get(0).values()).containsEntry("name", "Mueller, Anna").containsEntry("national_id", "12 \"34\"");
        assertThat(rows.get(1).values()).containsEntry("name", "Bo Berg").containsEntry("national_id", "line\nbreak");
    }

    @Test
    void takesKeysFromTheKeyColumnAndPersonsFromTheTruthUnlistedRecordsStandAlone() throws IOException {
        Path csv = write("guests.csv", "guest_id,name,national_id\ng1,Anna Berg,1\ng2,Ana Berg,1\ng3,Bo Lind,2\n");
        Path mapping = write("guests.yaml", MAPPING);
        Path truth = write("truth.csv", "source,source_record_id,entity\nguests,g1,p1\nguests,g2,p1\n");

        BenchmarkRun.DataSet data = DataSets.csv("resort", List.of(csv), List.of(mapping), truth, "guest_id", "national_id", 0);

        assertThat(data.sources()).extracting(BenchmarkRun.SourceFile::code).containsExactly("guests");
        assertThat(data.arrivals()).extracting(a -> a.row().key()).containsExactly("g1", "g2", "g3");
        assertThat(data.arrivals()).extracting(a -> a.row().entity()).containsExactly("p1", "p1", null);
        assertThat(data.truth()).isTrue();
    }

    @Test
    void theRunWithoutTheIdentifierIgnoresItsColumn() throws IOException {
        BenchmarkRun.DataSet data = DataSets.csv("resort", List.of(write("g.csv", "guest_id,name,national_id\ng1,Anna Berg,1\n")),
                List.of(write("g.yaml", MAPPING)), null, null, "national_id", 0);

        String without = new BenchmarkRun.Spec(data, false, BenchmarkRun.Mode.BULK).mappingOf(data.sources().get(0));

        assertThat(FieldMappingParser.parse(without).ruleFor("national_id")).map(FieldRule::ignored).contains(true);
        assertThat(FieldMappingParser.parse(without).ruleFor("name")).map(FieldRule::ignored).contains(false);
        assertThat(data.arrivals().get(0).row().key()).isEqualTo("line-2");
        assertThat(data.truth()).isFalse();
    }

    @Test
    void aTruthFileWithoutItsColumnsOrAFileWithoutMappingIsRefused() throws IOException {
        Path csv = write("c.csv", "guest_id,name,national_id\ng1,Anna Berg,1\n");
        Path mapping = write("m.yaml", MAPPING);
        assertThatThrownBy(() -> DataSets.csv("x", List.of(csv), List.of(mapping), write("t.csv", "id,person\ng1,p1\n"), null, null, 0))
                .hasMessageContaining("source, source_record_id, entity");
        assertThatThrownBy(() -> DataSets.csv("x", List.of(csv), List.of(), null, null, null, 0)).hasMessageContaining("--mapping");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
