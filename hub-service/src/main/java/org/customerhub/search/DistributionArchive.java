package org.customerhub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Extracts the Elasticsearch distribution zip once. java.util.zip does not carry Unix modes, so executable bits are
 * restored by rule: everything inside a {@code bin/} directory (at any depth) and every {@code *.sh}. A marker file
 * records the zip's size and modification time; a later extraction of the same zip is skipped.
 */
final class DistributionArchive {

    static final String MARKER = ".extracted";

    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");

    private DistributionArchive() {
    }

    /**
     * Makes sure {@code zip} is extracted in {@code target} and returns the Elasticsearch home inside it (the
     * directory that holds {@code bin/elasticsearch}).
     *
     * @return the home, and whether this call extracted (false: reused an earlier extraction)
     */
    static Result ensureExtracted(Path zip, Path target) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IOException("Elasticsearch distribution not found: " + zip
                    + " (run `mvn -pl stewardship-ui generate-resources` to fetch it)");
        }
        String stamp = stamp(zip);
        Path marker = target.resolve(MARKER);
        if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(stamp)) {
            return new Result(findHome(target), false);
        }
        deleteRecursively(target);
        Files.createDirectories(target);
        Path root = target.toAbsolutePath().normalize();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path out = root.resolve(entry.getName()).normalize();
                if (!out.startsWith(root)) {
                    throw new IOException("zip entry escapes the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                if (isExecutable(entry.getName())) {
                    Files.setPosixFilePermissions(out, EXECUTABLE);
                }
            }
        }
        Path home = findHome(target);
        Files.writeString(marker, stamp + "\n");
        return new Result(home, true);
    }

    record Result(Path home, boolean extracted) {
    }

    /** True for entries whose permissions must include x: under any {@code bin/} directory, or {@code *.sh}. */
    static boolean isExecutable(String entryName) {
        String name = entryName.replace('\\', '/');
        if (name.endsWith(".sh")) {
            return true;
        }
        List<String> segments = List.of(name.split("/"));
        return segments.subList(0, Math.max(0, segments.size() - 1)).contains("bin");
    }

    private static String stamp(Path zip) throws IOException {
        return "zip=" + zip.getFileName() + " size=" + Files.size(zip)
                + " mtime=" + Files.getLastModifiedTime(zip).toMillis();
    }

    private static Path findHome(Path target) throws IOException {
        if (Files.isRegularFile(target.resolve("bin").resolve("elasticsearch"))) {
            return target;
        }
        try (Stream<Path> children = Files.list(target)) {
            List<Path> homes = children
                    .filter(p -> Files.isRegularFile(p.resolve("bin").resolve("elasticsearch")))
                    .toList();
            if (homes.size() != 1) {
                throw new IOException("expected exactly one Elasticsearch home (with bin/elasticsearch) in "
                        + target + ", found " + homes);
            }
            return homes.get(0);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
