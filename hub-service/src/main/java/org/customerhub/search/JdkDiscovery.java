package org.customerhub.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the JDK that runs the Elasticsearch node. Elasticsearch 9 needs JDK 21 or newer, while the hub itself runs on
 * JDK 17, so the node's JDK is looked up separately: the environment variable {@code ES_JAVA_HOME} wins; otherwise the
 * newest JDK of at least the minimum version under a JVM root such as {@code /usr/lib/jvm}, judged by the
 * {@code JAVA_VERSION} line of each candidate's {@code release} file (folder names are never trusted).
 */
final class JdkDiscovery {

    static final String ES_JAVA_HOME = "ES_JAVA_HOME";
    static final Path DEFAULT_JVM_ROOT = Path.of("/usr/lib/jvm");
    static final int MIN_FEATURE_VERSION = 21;

    private static final Pattern JAVA_VERSION_LINE =
            Pattern.compile("^JAVA_VERSION\\s*=\\s*\"?([^\"\\s]+)\"?\\s*$", Pattern.MULTILINE);
    private static final Pattern LEADING_DIGITS = Pattern.compile("^(\\d+)");

    /** A JDK found on disk: its home (symlinks resolved) and its version components, e.g. [25, 0, 3]. */
    record Jdk(Path home, List<Integer> version) {
        int feature() {
            return version.isEmpty() ? 0 : version.get(0);
        }

        String versionString() {
            return String.join(".", version.stream().map(String::valueOf).toList());
        }
    }

    private JdkDiscovery() {
    }

    /**
     * The JDK home for Elasticsearch: {@code ES_JAVA_HOME} from {@code env} if set, else the newest JDK
     * {@code >= minFeature} under {@code jvmRoot}.
     *
     * @throws IllegalStateException with an explanation when there is none (or ES_JAVA_HOME is unusable)
     */
    static Path resolve(Map<String, String> env, Path jvmRoot, int minFeature) {
        String fromEnv = env.get(ES_JAVA_HOME);
        if (fromEnv != null && !fromEnv.isBlank()) {
            Path home = Path.of(fromEnv.strip());
            if (!Files.isExecutable(home.resolve("bin").resolve("java"))) {
                throw new IllegalStateException(ES_JAVA_HOME + "=" + fromEnv + " has no executable bin/java");
            }
            Optional<List<Integer>> version = readVersion(home);
            if (version.isPresent() && feature(version.get()) < minFeature) {
                throw new IllegalStateException(ES_JAVA_HOME + "=" + fromEnv + " is Java " + join(version.get())
                        + " but Elasticsearch needs Java " + minFeature + " or newer");
            }
            return home;
        }
        List<Jdk> found = candidates(jvmRoot);
        return found.stream()
                .filter(jdk -> jdk.feature() >= minFeature)
                .max(Comparator.comparing(Jdk::version, JdkDiscovery::compareVersions))
                .map(Jdk::home)
                .orElseThrow(() -> new IllegalStateException("Elasticsearch needs a JDK " + minFeature
                        + " or newer, but none was found under " + jvmRoot + describe(found)
                        + ". Install one there (e.g. Temurin 21+) or set " + ES_JAVA_HOME + "."));
    }

    /** Every directory under {@code jvmRoot} with a readable JAVA_VERSION and a bin/java, symlinked twins removed. */
    static List<Jdk> candidates(Path jvmRoot) {
        Map<Path, Jdk> byRealPath = new LinkedHashMap<>();
        if (!Files.isDirectory(jvmRoot)) {
            return List.of();
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(jvmRoot)) {
            List<Path> sorted = new ArrayList<>();
            dirs.forEach(sorted::add);
            sorted.sort(Comparator.naturalOrder());
            for (Path dir : sorted) {
                if (!Files.isDirectory(dir) || !Files.isExecutable(dir.resolve("bin").resolve("java"))) {
                    continue;
                }
                Optional<List<Integer>> version = readVersion(dir);
                if (version.isEmpty()) {
                    continue;
                }
                Path real;
                try {
                    real = dir.toRealPath();
                } catch (IOException e) {
                    continue;
                }
                byRealPath.putIfAbsent(real, new Jdk(real, version.get()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + jvmRoot, e);
        }
        return List.copyOf(byRealPath.values());
    }

    /** The version in {@code home/release}, if that file exists and names one. */
    static Optional<List<Integer>> readVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            Matcher m = JAVA_VERSION_LINE.matcher(Files.readString(release));
            return m.find() ? parseVersion(m.group(1)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Parses a JAVA_VERSION value: "25.0.3" -> [25, 0, 3], "21" -> [21], "26-ea" -> [26], "1.8.0_392" -> [8, 0, 392].
     */
    static Optional<List<Integer>> parseVersion(String value) {
        List<Integer> parts = new ArrayList<>();
        for (String token : value.strip().split("[._]")) {
            Matcher digits = LEADING_DIGITS.matcher(token);
            if (!digits.find()) {
                break;
            }
            parts.add(Integer.parseInt(digits.group(1)));
            if (digits.end() < token.length()) {
                break; // "26-ea", "21+35": stop at the pre-release / build suffix
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        if (parts.get(0) == 1 && parts.size() > 1) {
            parts.remove(0); // legacy "1.8.0_392" numbering
        }
        return Optional.of(List.copyOf(parts));
    }

    static int compareVersions(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int x = i < a.size() ? a.get(i) : 0;
            int y = i < b.size() ? b.get(i) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private static int feature(List<Integer> version) {
        return version.isEmpty() ? 0 : version.get(0);
    }

    private static String join(List<Integer> version) {
        return String.join(".", version.stream().map(String::valueOf).toList());
    }

    private static String describe(List<Jdk> found) {
        if (found.isEmpty()) {
            return "";
        }
        return " (found: " + String.join(", ",
                found.stream().map(j -> j.home().getFileName() + " = " + j.versionString()).toList()) + ")";
    }
}
