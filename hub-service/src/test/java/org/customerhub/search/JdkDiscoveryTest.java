package org.customerhub.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdkDiscoveryTest {

    @TempDir
    Path jvmRoot;

    @Test
    void picksTheNewestJdkOfAtLeast21ByItsReleaseFile() throws IOException {
        fakeJdk("java-17-openjdk-amd64", "17.0.15");
        fakeJdk("zulu-21", "21.0.9");
        Path newest21 = fakeJdk("aaa-misleading-name", "21.0.10");
        fakeJdk("java-11", "11.0.2");

        assertThat(JdkDiscovery.resolve(Map.of(), jvmRoot, 21)).isEqualTo(newest21.toRealPath());

        Path jdk25 = fakeJdk("temurin-25-jdk-amd64", "25.0.3");
        assertThat(JdkDiscovery.resolve(Map.of(), jvmRoot, 21)).isEqualTo(jdk25.toRealPath());
    }

    @Test
    void ignoresDirectoriesWithoutReleaseFileOrJavaAndSymlinkedTwins() throws IOException {
        Path jdk = fakeJdk("temurin-21", "21.0.2");
        Files.createDirectories(jvmRoot.resolve("openjdk-25")); // no release, no bin/java
        Path noJava = Files.createDirectories(jvmRoot.resolve("jre-26"));
        Files.writeString(noJava.resolve("release"), "JAVA_VERSION=\"26\"\n");
        Files.createSymbolicLink(jvmRoot.resolve("java-1.21.0-alias"), jdk);

        List<JdkDiscovery.Jdk> candidates = JdkDiscovery.candidates(jvmRoot);

        assertThat(candidates).extracting(JdkDiscovery.Jdk::home).containsExactly(jdk.toRealPath());
        assertThat(JdkDiscovery.resolve(Map.of(), jvmRoot, 21)).isEqualTo(jdk.toRealPath());
    }

    @Test
    void esJavaHomeWinsOverDiscovery() throws IOException {
        fakeJdk("temurin-25", "25.0.3");
        Path chosen = fakeJdk("custom-21", "21.0.1");

        assertThat(JdkDiscovery.resolve(Map.of("ES_JAVA_HOME", chosen.toString()), jvmRoot, 21)).isEqualTo(chosen);
    }

    @Test
    void esJavaHomeThatIsTooOldOrHasNoJavaIsRejected() throws IOException {
        Path old = fakeJdk("java-17", "17.0.15");
        Path empty = Files.createDirectories(jvmRoot.resolve("empty"));

        assertThatThrownBy(() -> JdkDiscovery.resolve(Map.of("ES_JAVA_HOME", old.toString()), jvmRoot, 21))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("17.0.15").hasMessageContaining("21 or newer");
        assertThatThrownBy(() -> JdkDiscovery.resolve(Map.of("ES_JAVA_HOME", empty.toString()), jvmRoot, 21))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bin/java");
    }

    @Test
    void noSuitableJdkGivesAClearError() throws IOException {
        fakeJdk("java-17-openjdk-amd64", "17.0.15");

        assertThatThrownBy(() -> JdkDiscovery.resolve(Map.of("ES_JAVA_HOME", " "), jvmRoot, 21))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JDK 21 or newer")
                .hasMessageContaining("java-17-openjdk-amd64 = 17.0.15")
                .hasMessageContaining("ES_JAVA_HOME");
        assertThatThrownBy(() -> JdkDiscovery.resolve(Map.of(), jvmRoot.resolve("missing"), 21))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("none was found");
    }

    @Test
    void parsesJavaVersionValues() {
        assertThat(JdkDiscovery.parseVersion("25.0.3")).contains(List.of(25, 0, 3));
        assertThat(JdkDiscovery.parseVersion("21")).contains(List.of(21));
        assertThat(JdkDiscovery.parseVersion("26-ea")).contains(List.of(26));
        assertThat(JdkDiscovery.parseVersion("21.0.2+13")).contains(List.of(21, 0, 2));
        assertThat(JdkDiscovery.parseVersion("1.8.0_392")).contains(List.of(8, 0, 392));
        assertThat(JdkDiscovery.parseVersion("unknown")).isEqualTo(Optional.empty());
        assertThat(JdkDiscovery.compareVersions(List.of(21, 0, 10), List.of(21, 0, 9))).isPositive();
        assertThat(JdkDiscovery.compareVersions(List.of(21), List.of(21, 0, 0))).isZero();
    }

    @Test
    void readsTheReleaseFileFormatOfRealJdks() throws IOException {
        Path home = fakeJdk("x", "ignored");
        Files.writeString(home.resolve("release"), """
                IMPLEMENTOR="Eclipse Adoptium"
                IMPLEMENTOR_VERSION="Temurin-25.0.3+9"
                JAVA_RUNTIME_VERSION="25.0.3+9-LTS"
                JAVA_VERSION="25.0.3"
                JAVA_VERSION_DATE="2026-04-21"
                """);
        assertThat(JdkDiscovery.readVersion(home)).contains(List.of(25, 0, 3));
    }

    private Path fakeJdk(String name, String javaVersion) throws IOException {
        Path home = Files.createDirectories(jvmRoot.resolve(name));
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + javaVersion + "\"\n");
        return home;
    }
}
