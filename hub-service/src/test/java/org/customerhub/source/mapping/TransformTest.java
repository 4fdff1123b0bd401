package org.customerhub.source.mapping;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customerhub.source.mapping.Transform.*;

class TransformTest {

    @ParameterizedTest(name = "\"{0}\" gives family={1} given={2} middle={3}")
    @CsvSource(delimiter = '|', value = {
            "Mueller, Anna M.|Mueller|Anna|M.",
            "MUELLER,ANNA|MUELLER|ANNA|",
            "Mueller, Anna Maria Luise|Mueller|Anna|Maria Luise",
            "van der Berg, Anna|van der Berg|Anna|",
            "Smith Jr., Dr. John|Smith|John|",
            "Mueller Anna M|Mueller|Anna|M",
            "van der Berg Anna|van der Berg|Anna|",
            "Mueller|Mueller||",
    })
    void lastCommaFirst(String raw, String family, String given, String middle) {
        assertThat(NAME_LAST_COMMA_FIRST.split(raw)).containsExactly(family, given, middle);
    }

    @ParameterizedTest(name = "\"{0}\" gives given={1} middle={2} family={3}")
    @CsvSource(delimiter = '|', value = {
            "Anna M Mueller|Anna|M|Mueller",
            "Anna Mueller|Anna||Mueller",
            "Anna van der Berg|Anna||van der Berg",
            "Maria Del Carmen Lopez|Maria|Del Carmen|Lopez",
            "Maria de la Cruz|Maria||de la Cruz",
            "Ludwig von Beethoven|Ludwig||von Beethoven",
            "Joao da Silva|Joao||da Silva",
            "Van Morrison|Van||Morrison",
            "Mr. John F. Kennedy Jr.|John|F.|Kennedy",
            "Cher|||Cher",
            "Mueller, Anna M.|Anna|M.|Mueller",
            "Anna Mueller, Jr.|Anna||Mueller",
    })
    void firstLast(String raw, String given, String middle, String family) {
        assertThat(NAME_FIRST_LAST.split(raw)).containsExactly(given, middle, family);
    }

    @ParameterizedTest(name = "\"{0}\" gives number={1} street={2}")
    @CsvSource(delimiter = '|', value = {
            "1234 Desert Inn Rd|1234|Desert Inn Rd",
            "1234 DESERT INN RD|1234|DESERT INN RD",
            "12a Main St|12a|Main St",
            "12-14 Main St|12-14|Main St",
            "Desert Inn Rd||Desert Inn Rd",
    })
    void streetNumberFirst(String raw, String number, String street) {
        assertThat(STREET_NUMBER_FIRST.split(raw)).containsExactly(number, street);
    }

    @ParameterizedTest(name = "\"{0}\" gives street={1} number={2}")
    @CsvSource(delimiter = '|', value = {
            "Hauptstraße 12a|Hauptstraße|12a",
            "Hauptstraße 12 a|Hauptstraße|12 a",
            "Hauptstr. 12-14|Hauptstr.|12-14",
            "Straße des 17. Juni 5|Straße des 17. Juni|5",
            "Am Markt|Am Markt|",
    })
    void streetNumberLast(String raw, String street, String number) {
        assertThat(STREET_NUMBER_LAST.split(raw)).containsExactly(street, number);
    }

    @ParameterizedTest(name = "{0} splits into {1} parts")
    @CsvSource({"COPY,1", "NAME_LAST_COMMA_FIRST,3", "NAME_FIRST_LAST,3", "STREET_NUMBER_FIRST,2", "STREET_NUMBER_LAST,2"})
    void everyTransformGivesAsManyPartsAsItDeclares(Transform transform, int parts) {
        List<String> split = transform.split("Anna");
        assertThat(transform.parts()).isEqualTo(parts);
        assertThat(split).hasSize(parts);
        assertThat(Arrays.asList(transform.targetLayout().split(", "))).hasSize(transform == COPY ? 1 : parts);
    }
}
