package org.customerhub.bench;

import org.customerhub.customer.CanonicalAttribute;
import org.customerhub.source.mapping.FieldMapping;
import org.customerhub.source.mapping.FieldMappingParser;
import org.customerhub.source.mapping.FieldRule;
import org.customerhub.source.mapping.MappingEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FebrlFileTest {
    private static final String HEADER = "rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, "
            + "state, date_of_birth, soc_sec_id\n";

    @TempDir
    Path dir;

    @Test
    void readsColumnsWithoutTheSpaceAfterEachCommaKeepsEmptyFieldsAndNamesThePerson() throws IOException {
        Path file = write(HEADER
                + "rec-1496-org, mitchell, green, 7, wallaby place, delmar, cleveland, 2119, sa, 19560409, 1804974\n"
                + "rec-1716-dup-1, isabelle, , 23, gundulu place, currin ga, utakarra, 2193, wa, , 4314184\n");

        List<FebrlFile.Row> rows = FebrlFile.read(file, 0);

        assertThat(rows).extracting(FebrlFile.Row::entity).containsExactly("1496", "1716");
        assertThat(rows).extracting(FebrlFile.Row::line).containsExactly(2, 3);
        assertThat(rows.get(0).fields()).containsEntry("given_name", "mitchell").containsEntry("address_1", "wallaby place");
        assertThat(rows.get(1).fields()).containsEntry("surname", "").containsEntry("date_of_birth", "").hasSize(11);
    }

    @Test
    void aLimitTakesTheFirstRecordsInFileOrder() throws IOException {
        Path file = write(HEADER
                + "rec-1-org, a, b, 1, s, , c, 2000, nsw, 19500101, 1\n"
                + "rec-2-org, a, b, 1, s, , c, 2000, nsw, 19500101, 2\n"
                + "rec-1-dup-0, a, b, 1, s, , c, 2000, nsw, 19500101, 1\n");

        assertThat(FebrlFile.read(file, 2)).extracting(FebrlFile.Row::entity).containsExactly("1", "2");
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsOrAnUnknownRecordIdIsAnError() throws IOException {
        assertThatThrownBy(() -> FebrlFile.read(write(HEADER + "rec-1-org, a, b\n"), 0)).hasMessageContaining("line 2");
        assertThatThrownBy(() -> FebrlFile.read(write(HEADER + "person-1, a, b, 1, s, , c, 2000, nsw, 19500101, 1\n"), 0))
                .hasMessageContaining("rec_id");
    }

    @Test
    void theBenchmarkMappingIsValidWithAndWithoutTheIdentifierAndKeepsRecordsWithImpossibleDates() {
        FieldMapping with = FieldMappingParser.parse(FebrlMapping.yaml("febrl4a", true));
        FieldMapping without = FieldMappingParser.parse(FebrlMapping.yaml("febrl4b", false));

        assertThat(with.source()).isEqualTo("febrl4a");
        assertThat(with.ruleFor("soc_sec_id")).map(FieldRule::targets).contains(List.of(CanonicalAttribute.CUSTOMER_NUMBER));
        assertThat(without.source()).isEqualTo("febrl4b");
        assertThat(without.ruleFor("soc_sec_id")).map(FieldRule::ignored).contains(true);
        assertThat(without.ruleFor("rec_id")).map(FieldRule::ignored).contains(true);
        assertThat(new MappingEngine().apply(without, Map.of("given_name", "ada", "date_of_birth", "19551392"))
                .canonical().toWire()).containsOnlyKeys("given_name");
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "febrl", ".csv");
        Files.writeString(file, text);
        return file;
    }
}
