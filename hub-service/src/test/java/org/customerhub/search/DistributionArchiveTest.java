package org.customerhub.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DistributionArchiveTest {

    @TempDir
    Path tmp;

    @Test
    void extractsOnceRestoresExecutableBitsAndReusesTheExtraction() throws IOException {
        Path zip = zip(Map.of(
                "elasticsearch-9.2.0/bin/elasticsearch", "#!/bin/bash\n",
                "elasticsearch-9.2.0/modules/x/platform/linux/bin/controller", "bin",
                "elasticsearch-9.2.0/lib/tool.sh", "#!/bin/sh\n",
                "elasticsearch-9.2.0/config/jvm.options", "-Xss1m\n"));
        Path target = tmp.resolve("dist");

        DistributionArchive.Result first = DistributionArchive.ensureExtracted(zip, target);

        Path home = target.resolve("elasticsearch-9.2.0");
        assertThat(first.extracted()).isTrue();
        assertThat(first.home()).isEqualTo(home);
        assertThat(Files.isExecutable(home.resolve("bin/elasticsearch"))).isTrue();
        assertThat(Files.isExecutable(home.resolve("modules/x/platform/linux/bin/controller"))).isTrue();
        assertThat(Files.isExecutable(home.resolve("lib/tool.sh"))).isTrue();
        assertThat(Files.isExecutable(home.resolve("config/jvm.options"))).isFalse();

        Files.writeString(home.resolve("config/elasticsearch.keystore"), "created by the node");
        DistributionArchive.Result second = DistributionArchive.ensureExtracted(zip, target);
        assertThat(second.extracted()).isFalse();
        assertThat(home.resolve("config/elasticsearch.keystore")).exists();

        Files.setLastModifiedTime(zip, FileTime.fromMillis(Files.getLastModifiedTime(zip).toMillis() + 5000));
        assertThat(DistributionArchive.ensureExtracted(zip, target).extracted()).isTrue();
        assertThat(home.resolve("config/elasticsearch.keystore")).doesNotExist();
    }

    @Test
    void rejectsEntriesEscapingTheTarget() throws IOException {
        Path zip = zip(Map.of("../evil", "x"));
        assertThatThrownBy(() -> DistributionArchive.ensureExtracted(zip, tmp.resolve("dist")))
                .isInstanceOf(IOException.class).hasMessageContaining("escapes");
    }

    @Test
    void missingZipIsExplained() {
        assertThatThrownBy(() -> DistributionArchive.ensureExtracted(tmp.resolve("nope.zip"), tmp.resolve("dist")))
                .isInstanceOf(IOException.class).hasMessageContaining("generate-resources");
    }

    private Path zip(Map<String, String> entries) throws IOException {
        Path zip = tmp.resolve("es.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return zip;
    }
}
