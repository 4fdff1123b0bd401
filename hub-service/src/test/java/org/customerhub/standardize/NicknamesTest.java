package org.customerhub.standardize;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

class NicknamesTest {

    private final Nicknames nicknames = Nicknames.standard();

    @Test
    void nicknamesAreEquivalentToTheirName() {
        assertThat(nicknames.equivalent("bill", "william")).isTrue();
        assertThat(nicknames.equivalent("liam", "william")).isTrue();
        assertThat(nicknames.equivalent("bobby", "robert")).isTrue();
        assertThat(nicknames.equivalent("peggy", "margaret")).isTrue();
        assertThat(nicknames.equivalent("kate", "katherine")).isTrue();
        assertThat(nicknames.equivalent("hans", "johannes")).isTrue();
        assertThat(nicknames.equivalent("pepe", "jose")).isTrue();
    }

    @Test
    void twoNicknamesOfOneNameAreEquivalent() {
        assertThat(nicknames.equivalent("bill", "liam")).isTrue();
        assertThat(nicknames.equivalent("cathy", "katie")).isTrue();
    }

    @Test
    void aNicknameOfSeveralNamesMatchesEachOfThem() {
        assertThat(nicknames.equivalent("chris", "christopher")).isTrue();
        assertThat(nicknames.equivalent("chris", "christine")).isTrue();
        assertThat(nicknames.roots("chris")).contains("christopher", "christine");
    }

    @Test
    void namesSharingOnlyANicknameAreNotEquivalent() {
        assertThat(nicknames.equivalent("christopher", "christine")).isFalse();
        assertThat(nicknames.equivalent("william", "robert")).isFalse();
        assertThat(nicknames.equivalent("bill", "bob")).isFalse();
    }

    @Test
    void rootIsTheCanonicalNameOrTheNameItself() {
        assertThat(nicknames.root("bill")).isEqualTo("william");
        assertThat(nicknames.root("hans")).isEqualTo("johannes");
        assertThat(nicknames.root("william")).isEqualTo("william");
        assertThat(nicknames.root("zyxwv")).isEqualTo("zyxwv");
        assertThat(nicknames.roots("zyxwv")).containsExactly("zyxwv");
    }

    @Test
    void anUnknownNameIsEquivalentOnlyToItself() {
        assertThat(nicknames.equivalent("zyxwv", "zyxwv")).isTrue();
        assertThat(nicknames.equivalent("zyxwv", "william")).isFalse();
    }

    @Test
    void theShippedListHasAtLeastThreeHundredGroupsInFoldedForm() throws IOException {
        try (InputStream csv = Nicknames.class.getResourceAsStream("/standardize/nicknames.csv")) {
            assertThat(csv).isNotNull();
            var groups = new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
            assertThat(groups).hasSizeGreaterThanOrEqualTo(300);
            assertThat(groups).allSatisfy(group -> {
                for (String name : group.split(",")) assertThat(TextFolding.fold(name)).isEqualTo(name);
            });
        }
    }

    @Test
    void aCustomListIsFoldedWhenRead() {
        Nicknames custom = Nicknames.fromCsv(new StringReader("# comment\n\nJosé,Pepe\n"));
        assertThat(custom.root("pepe")).isEqualTo("jose");
    }
}
