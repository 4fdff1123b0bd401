package org.customerhub.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Elasticsearch node in a child process, started from the distribution zip (embedded demo mode and the test
 * suite). Layout under the work directory: {@code dist/} (the extracted zip, reused while the zip is unchanged),
 * {@code data/} (kept between starts), {@code logs/} ({@code customer-hub.log} is the node's log) and
 * {@code run/es.pid}.
 *
 * <p>Elasticsearch refuses to run as root; when the hub runs as root (CI), the node runs as the unprivileged system
 * user {@value #ES_USER}, created on demand, which is given the work directory. Nothing is registered globally: the
 * caller decides whether a shutdown hook calls {@link #close()}.
 */
public final class ElasticsearchNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchNode.class);

    static final String ES_USER = "hubes";
    static final String CLUSTER_NAME = "customer-hub";
    static final String HOST = "127.0.0.1";

    private static final int LOG_TAIL_LINES = 40;
    private static final int LAUNCHER_TAIL_LINES = 20;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(10);
    private static final File DEV_NULL = new File("/dev/null");
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Pattern HEAP = Pattern.compile("\\d+[kKmMgG]?");
    private static final Pattern HEALTH_STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(green|yellow|red)\"");
    private static final Pattern HEALTH_CLUSTER = Pattern.compile("\"cluster_name\"\\s*:\\s*\"([^\"]*)\"");
    /** Variables that would leak the hub's JVM or ES configuration into the node; the node gets a clean slate. */
    private static final List<String> SCRUBBED_ENV = List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS",
            "JDK_JAVA_OPTIONS", "JAVA_OPTS", "JAVA_HOME", "CLI_JAVA_OPTS", "ES_PATH_CONF", "ES_TMPDIR",
            "ES_JAVA_HOME", "ES_JAVA_OPTS");

    /**
     * How to start the node.
     *
     * @param distributionZip the Elasticsearch distribution zip (integ-test-zip)
     * @param workDir         holds dist/, data/, logs/ and run/; data persists between starts
     * @param port            HTTP port on 127.0.0.1; 0 picks a free one
     * @param heap            JVM heap, e.g. "512m" (used for -Xms and -Xmx)
     * @param startTimeout    how long to wait for the cluster to become yellow
     */
    public record Settings(Path distributionZip, Path workDir, int port, String heap, Duration startTimeout) {
        public Settings {
            Objects.requireNonNull(distributionZip, "distributionZip");
            Objects.requireNonNull(workDir, "workDir");
            Objects.requireNonNull(heap, "heap");
            Objects.requireNonNull(startTimeout, "startTimeout");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 (free port) or 1-65535: " + port);
            }
            if (!HEAP.matcher(heap).matches()) {
                throw new IllegalArgumentException("heap must look like 512m or 1g: " + heap);
            }
            if (startTimeout.isNegative() || startTimeout.isZero()) {
                throw new IllegalArgumentException("startTimeout must be positive: " + startTimeout);
            }
        }
    }

    private final int port;
    private final long pid;
    private final Path pidFile;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ElasticsearchNode(int port, long pid, Path pidFile) {
        this.port = port;
        this.pid = pid;
        this.pidFile = pidFile;
    }

    /**
     * Extracts (once) and starts a node; blocks until the cluster is yellow or throws with the tail of the ES log.
     */
    public static ElasticsearchNode start(Settings settings) throws IOException {
        long startedAt = System.nanoTime();
        Path workDir = Files.createDirectories(settings.workDir().toAbsolutePath().normalize()).toRealPath();
        Path dist = workDir.resolve("dist");
        Path data = workDir.resolve("data");
        Path logs = workDir.resolve("logs");
        Path run = workDir.resolve("run");
        Path pidFile = run.resolve("es.pid");
        Path nodeLog = logs.resolve(CLUSTER_NAME + ".log");
        Path launcherLog = logs.resolve("launcher.out");

        stopStaleNode(pidFile, dist);

        DistributionArchive.Result extraction = DistributionArchive.ensureExtracted(settings.distributionZip(), dist);
        LOG.debug("Elasticsearch distribution {} in {}", extraction.extracted() ? "extracted" : "reused",
                extraction.home());
        Path javaHome;
        try {
            javaHome = JdkDiscovery.resolve(System.getenv(), JdkDiscovery.DEFAULT_JVM_ROOT,
                    JdkDiscovery.MIN_FEATURE_VERSION);
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }

        for (Path dir : List.of(data, logs, run)) {
            Files.createDirectories(dir);
        }
        Files.deleteIfExists(pidFile);
        Files.write(launcherLog, new byte[0]); // truncate; created before chown so the ES user owns it too
        long nodeLogOffset = Files.isRegularFile(nodeLog) ? Files.size(nodeLog) : 0; // earlier runs' lines

        int httpPort = settings.port() == 0 ? freePort(-1) : requireFreePort(settings.port());
        int transportPort = freePort(httpPort);

        boolean asRoot = runningAsRoot();
        if (asRoot) {
            ensureEsUser();
            handOverToEsUser(workDir);
        }

        String javaOpts = "-Xms" + settings.heap() + " -Xmx" + settings.heap();
        Path script = extraction.home().resolve("bin").resolve("elasticsearch");
        List<String> esArgs = List.of(
                "-d", "-p", pidFile.toString(),
                "-E", "cluster.name=" + CLUSTER_NAME,
                "-E", "discovery.type=single-node",
                "-E", "network.host=" + HOST,
                "-E", "http.port=" + httpPort,
                "-E", "transport.port=" + transportPort,
                "-E", "path.data=" + data,
                "-E", "path.logs=" + logs,
                "-E", "xpack.security.enabled=false",
                "-E", "xpack.ml.enabled=false",
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false");
        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.addAll(List.of(tool("runuser"), "-u", ES_USER, "--", "env",
                    JdkDiscovery.ES_JAVA_HOME + "=" + javaHome, "ES_JAVA_OPTS=" + javaOpts));
        }
        command.add(script.toString());
        command.addAll(esArgs);

        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(extraction.home().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(DEV_NULL))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(launcherLog.toFile()));
        Map<String, String> env = builder.environment();
        SCRUBBED_ENV.forEach(env::remove);
        env.put(JdkDiscovery.ES_JAVA_HOME, javaHome.toString());
        env.put("ES_JAVA_OPTS", javaOpts);

        LOG.debug("Starting Elasticsearch: {}", command);
        Process launcher = builder.start();
        long nodePid;
        try {
            nodePid = awaitYellow(launcher, httpPort, pidFile, settings.startTimeout());
        } catch (IOException | RuntimeException e) {
            abort(launcher, pidFile);
            throw new IOException(e.getMessage() + "\n" + diagnostics(nodeLog, nodeLogOffset, launcherLog), e);
        }

        double seconds = (System.nanoTime() - startedAt) / 1e9;
        ElasticsearchNode node = new ElasticsearchNode(httpPort, nodePid, pidFile);
        LOG.info("Elasticsearch node started at {} in {} s (pid {}, {}, {})", node.url(),
                String.format(Locale.ROOT, "%.1f", seconds), nodePid,
                extraction.extracted() ? "distribution extracted" : "distribution reused",
                asRoot ? "as user " + ES_USER : "as current user");
        return node;
    }

    /** http://127.0.0.1:&lt;port&gt; */
    public String url() {
        return "http://" + HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    /** The node's process id (from its pidfile). */
    public long pid() {
        return pid;
    }

    /** Stops the node (SIGTERM, up to 30 s, then SIGKILL) and waits for it to exit. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        process.ifPresent(ElasticsearchNode::stop);
        try {
            Files.deleteIfExists(pidFile); // normally already removed by the node itself
        } catch (IOException e) {
            LOG.debug("Could not delete {}", pidFile, e);
        }
        LOG.info("Elasticsearch node at {} stopped", url());
    }

    @Override
    public String toString() {
        return "ElasticsearchNode[" + url() + ", pid " + pid + (closed.get() ? ", closed" : "") + "]";
    }

    // ---------------------------------------------------------------------------------------------------------
    // waiting for the node

    private static long awaitYellow(Process launcher, int httpPort, Path pidFile, Duration timeout)
            throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + httpPort
                        + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        OptionalLong nodePid = OptionalLong.empty();
        String lastProblem = "no answer yet";
        while (true) {
            if (!launcher.isAlive() && launcher.exitValue() != 0) {
                throw new IOException("Elasticsearch failed to start: its launcher exited with code "
                        + launcher.exitValue());
            }
            if (nodePid.isEmpty()) {
                nodePid = readPid(pidFile);
                if (nodePid.isEmpty() && !launcher.isAlive()) {
                    // the launcher detached successfully, so the node has written its pidfile
                    throw new IOException("Elasticsearch launcher exited but the node wrote no pidfile " + pidFile);
                }
            }
            if (nodePid.isPresent() && !isAlive(nodePid.getAsLong())) {
                throw new IOException("Elasticsearch failed to start: the node process (pid "
                        + nodePid.getAsLong() + ") exited");
            }
            HttpResponse<String> response = null;
            try {
                response = http.send(health, HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException | HttpTimeoutException e) {
                lastProblem = "not listening yet (" + e.getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for Elasticsearch");
            } catch (IOException e) {
                lastProblem = e.toString();
            }
            if (response != null) {
                String body = response.body();
                Matcher cluster = HEALTH_CLUSTER.matcher(body);
                if (cluster.find() && !CLUSTER_NAME.equals(cluster.group(1))) {
                    throw new IOException("port " + httpPort + " is answered by another Elasticsearch cluster ("
                            + cluster.group(1) + ")");
                }
                Matcher status = HEALTH_STATUS.matcher(body);
                if (response.statusCode() == 200 && status.find() && !"red".equals(status.group(1))) {
                    if (nodePid.isEmpty()) {
                        nodePid = readPid(pidFile);
                    }
                    if (nodePid.isPresent()) {
                        return nodePid.getAsLong();
                    }
                    lastProblem = "cluster is " + status.group(1) + " but the pidfile is not written yet";
                } else {
                    lastProblem = "HTTP " + response.statusCode() + ": " + abbreviate(body);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("Elasticsearch did not become yellow within " + timeout.toSeconds()
                        + " s on port " + httpPort + " (last: " + lastProblem + ")");
            }
            sleep(POLL_INTERVAL);
        }
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** After a failed start: stop whatever was started (launcher, its children, the node from the pidfile). */
    private static void abort(Process launcher, Path pidFile) {
        List<ProcessHandle> started = new ArrayList<>();
        readPid(pidFile).ifPresent(p -> ProcessHandle.of(p).ifPresent(started::add));
        launcher.toHandle().descendants().forEach(started::add);
        started.add(launcher.toHandle());
        started.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : started) {
            awaitExit(handle, KILL_TIMEOUT);
            if (handle.isAlive()) {
                handle.destroyForcibly();
            }
        }
    }

    private static String diagnostics(Path nodeLog, long nodeLogOffset, Path launcherLog) {
        StringBuilder text = new StringBuilder();
        List<String> launcherTail = tail(launcherLog, 0, LAUNCHER_TAIL_LINES);
        if (!launcherTail.isEmpty()) {
            text.append("--- launcher output (").append(launcherLog).append(") ---\n");
            launcherTail.forEach(line -> text.append(line).append('\n'));
        }
        List<String> logTail = tail(nodeLog, nodeLogOffset, LOG_TAIL_LINES);
        text.append("--- last ").append(logTail.size()).append(" lines of ").append(nodeLog).append(" ---\n");
        if (logTail.isEmpty()) {
            text.append("(the node wrote nothing to its log during this start)\n");
        }
        logTail.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    /**
     * The last {@code lines} lines of a text file written after {@code fromOffset} (all of it if the file is now
     * shorter: the log rolled); reads at most the last 256 KiB. Empty if there is nothing.
     */
    static List<String> tail(Path file, long fromOffset, int lines) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            long start = fromOffset <= size ? fromOffset : 0;
            int length = (int) Math.min(size - start, 256 * 1024);
            ByteBuffer buffer = ByteBuffer.allocate(length);
            channel.position(size - length);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // fill
            }
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
            List<String> all = new ArrayList<>(Arrays.asList(text.split("\r?\n")));
            all.removeIf(String::isBlank);
            if (size - start > length && !all.isEmpty()) {
                all.remove(0); // probably cut in the middle
            }
            return List.copyOf(all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return List.of("(cannot read " + file + ": " + e + ")");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // processes

    /** A node left running by an earlier run (crash, killed test JVM) holds the data directory lock: stop it. */
    private static void stopStaleNode(Path pidFile, Path dist) throws IOException {
        OptionalLong stalePid = readPid(pidFile);
        if (stalePid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(stalePid.getAsLong()).filter(ProcessHandle::isAlive);
        if (process.isPresent() && commandLine(process.get()).contains(dist.toString())) {
            LOG.warn("Stopping a stale Elasticsearch node from an earlier run (pid {})", stalePid.getAsLong());
            stop(process.get());
        } else {
            LOG.debug("Ignoring stale pidfile {} (pid {} is not our node)", pidFile, stalePid.getAsLong());
        }
        Files.deleteIfExists(pidFile);
    }

    private static String commandLine(ProcessHandle process) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
            return new String(raw, StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return process.info().commandLine().orElse("");
        }
    }

    private static void stop(ProcessHandle process) {
        process.destroy();
        if (!awaitExit(process, STOP_TIMEOUT)) {
            LOG.warn("Elasticsearch (pid {}) did not stop within {} s; killing it", process.pid(),
                    STOP_TIMEOUT.toSeconds());
            process.destroyForcibly();
            if (!awaitExit(process, KILL_TIMEOUT)) {
                LOG.error("Elasticsearch (pid {}) is still alive after SIGKILL", process.pid());
            }
        }
    }

    /** Waits for the process to exit; true if it did within the timeout. */
    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }

    static OptionalLong readPid(Path pidFile) {
        try {
            String text = Files.readString(pidFile).strip();
            return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // ports

    private static int freePort(int except) throws IOException {
        for (int attempt = 0; attempt < 10; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
                if (socket.getLocalPort() != except) {
                    return socket.getLocalPort();
                }
            }
        }
        throw new IOException("could not find a free port on " + HOST);
    }

    private static int requireFreePort(int port) throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port), 1);
            return port;
        } catch (BindException e) {
            throw new IOException("Port " + port + " on " + HOST + " is already in use by another process; "
                    + "stop it, choose another port, or use port 0 to pick a free one", e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // running as root

    static boolean runningAsRoot() {
        if ("root".equals(System.getProperty("user.name"))) {
            return true;
        }
        try {
            CommandResult id = exec(List.of("id", "-u"), Duration.ofSeconds(10));
            return id.exitCode() == 0 && id.output().strip().equals("0");
        } catch (IOException e) {
            return false;
        }
    }

    /** Creates the unprivileged system user for the node if it does not exist yet. */
    private static void ensureEsUser() throws IOException {
        if (exec(List.of("id", "-u", ES_USER), Duration.ofSeconds(10)).exitCode() == 0) {
            return;
        }
        CommandResult useradd = exec(List.of(tool("useradd"), "--system", "--no-create-home",
                "--shell", "/usr/sbin/nologin", ES_USER), Duration.ofMinutes(1));
        // 9: the user exists (created concurrently by another run)
        if (useradd.exitCode() != 0 && useradd.exitCode() != 9) {
            throw new IOException("Elasticsearch refuses to run as root and creating the user " + ES_USER
                    + " failed (exit " + useradd.exitCode() + "): " + useradd.output().strip());
        }
        LOG.info("Created system user {} to run Elasticsearch (it refuses to run as root)", ES_USER);
    }

    /** Gives the work directory to the ES user and makes sure the user can reach it (o+x on each parent). */
    private static void handOverToEsUser(Path workDir) throws IOException {
        CommandResult chown = exec(List.of(tool("chown"), "-R", ES_USER, workDir.toString()), Duration.ofMinutes(5));
        if (chown.exitCode() != 0) {
            throw new IOException("chown -R " + ES_USER + " " + workDir + " failed (exit " + chown.exitCode() + "): "
                    + chown.output().strip());
        }
        for (Path dir = workDir.getParent(); dir != null; dir = dir.getParent()) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir);
            if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(dir, permissions);
                LOG.info("Made {} traversable (o+x) so that user {} can reach {}", dir, ES_USER, workDir);
            }
        }
    }

    /** Absolute path of a system tool (sbin is not always on PATH), else the bare name. */
    private static String tool(String name) {
        for (String dir : List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return name;
    }

    private record CommandResult(int exitCode, String output) {
    }

    private static CommandResult exec(List<String> command, Duration timeout) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(DEV_NULL))
                .start();
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("timed out: " + command);
            }
            return new CommandResult(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted: " + command);
        }
    }

    private static void sleep(Duration duration) throws InterruptedIOException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for Elasticsearch");
        }
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "...";
    }
}
