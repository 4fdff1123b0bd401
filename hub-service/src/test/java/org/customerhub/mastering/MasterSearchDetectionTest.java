package org.customerhub.mastering;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MasterSearchDetectionTest {

    @Test
    void numbersEmailsAndPhonesAreRecognisedByTheirShapeAndTheRestIsAName() {
        assertThat(MasterSearch.detect("C0001234-6")).isEqualTo(MasterSearch.By.NUMBER);
        assertThat(MasterSearch.detect("c0001234-7")).isEqualTo(MasterSearch.By.NUMBER);
        assertThat(MasterSearch.detect("RC00001234-5")).as("an approved format's number").isEqualTo(MasterSearch.By.NUMBER);
        assertThat(MasterSearch.detect("anna@example.com")).isEqualTo(MasterSearch.By.EMAIL);
        assertThat(MasterSearch.detect("(702) 555-0142")).isEqualTo(MasterSearch.By.PHONE);
        assertThat(MasterSearch.detect("+43 664 1234567")).isEqualTo(MasterSearch.By.PHONE);
        assertThat(MasterSearch.detect("555-01")).isEqualTo(MasterSearch.By.PHONE);
        assertThat(MasterSearch.detect("O'Brien")).isEqualTo(MasterSearch.By.NAME);
        assertThat(MasterSearch.detect("Mueller, Anna")).isEqualTo(MasterSearch.By.NAME);
        assertThat(MasterSearch.detect("van der Berg")).isEqualTo(MasterSearch.By.NAME);
    }
}
