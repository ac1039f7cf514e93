package org.statementatlas;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application run as its own process, the way an operator runs it, for the {@code *IT} tests that
 * need more than {@code @QuarkusIntegrationTest} gives: several starts, signals, a chosen data directory, the log.
 * It is what the build made, as Quarkus records it in {@code target/quarkus-artifact.properties}: the native
 * executable under {@code -Dnative}, the jar otherwise. The native executable is started in the prod profile unless
 * the test sets {@code QUARKUS_PROFILE}, so that both run the same profile by default (the executable's own default
 * is serverless).
 */
public final class PackagedApp implements AutoCloseable {

    /** The JVM package that {@code ./mvnw package} builds. */
    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    /** The PostgreSQL-mode package that the default build writes beside it (the pom's postgresql-app execution). */
    public static final Path POSTGRESQL_JAR = Path.of("target", "postgresql-app", "quarkus-run.jar");
    private static final Path ARTIFACT = Path.of("target", "quarkus-artifact.properties");
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;

    private PackagedApp(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** True when the packaged application exists; tests assume it, so that {@code ./mvnw test} skips them. */
    public static boolean isBuilt() {
        return nativeExecutable() != null || Files.exists(JAR);
    }

    /** The native executable, when the last build made one ({@code -Dnative}); null otherwise. */
    public static Path nativeExecutable() {
        if (!Files.exists(ARTIFACT)) {
            return null;
        }
        Properties artifact = new Properties();
        try (Reader reader = Files.newBufferedReader(ARTIFACT)) {
            artifact.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path executable = ARTIFACT.resolveSibling(artifact.getProperty("path", ""));
        return "native".equals(artifact.getProperty("type")) && Files.isExecutable(executable) ? executable : null;
    }

    /** Starts the jar on a data directory and a random port, with further {@code -D} options (later ones win). */
    public static PackagedApp start(Path dataDir, String... options) throws IOException {
        return launcher().option("-Datlas.data-dir=" + dataDir).option("-Dquarkus.http.port=0").options(options)
                .log(Files.createTempFile(dataDir.getParent(), "atlas", ".log")).start();
    }

    public static Launcher launcher() {
        return new Launcher();
    }

    /** How to start the application: the executable, its options, arguments, environment and log file. */
    public static final class Launcher {

        private Path executable = nativeExecutable();
        private Path jar = JAR;
        private final List<String> options = new ArrayList<>();
        private final List<String> arguments = new ArrayList<>();
        private final Map<String, String> environment = new HashMap<>();
        private Path directory;
        private Path log;

        /** Another JVM package instead of the packaged application, such as {@link #POSTGRESQL_JAR}. */
        public Launcher jar(Path otherJar) {
            this.jar = otherJar;
            this.executable = null;
            return this;
        }

        /** A system property ({@code -Dname=value}) or another JVM option. */
        public Launcher option(String option) {
            options.add(option);
            return this;
        }

        public Launcher options(String... more) {
            options.addAll(List.of(more));
            return this;
        }

        /** Program arguments, such as {@code import DIR}. */
        public Launcher arguments(String... more) {
            arguments.addAll(List.of(more));
            return this;
        }

        public Launcher env(String name, String value) {
            environment.put(name, value);
            return this;
        }

        /** The working directory; the jar path is made absolute so that it still resolves. */
        public Launcher directory(Path workingDirectory) {
            this.directory = workingDirectory;
            return this;
        }

        /** Where stdout and stderr go; by default a temporary file. */
        public Launcher log(Path file) {
            this.log = file;
            return this;
        }

        /** Starts the process; skips the test (an assumption) when there is nothing to start. */
        public PackagedApp start() throws IOException {
            assumeTrue(executable != null || Files.exists(jar), "runs against " + jar + ": ./mvnw package first");
            List<String> command = new ArrayList<>();
            if (executable != null) {
                command.add(executable.toAbsolutePath().toString());
                command.addAll(options);
                environment.putIfAbsent("QUARKUS_PROFILE", "prod");
            } else {
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(options);
                command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
            }
            command.addAll(arguments);
            Path output = log != null ? log : Files.createTempFile("atlas", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            builder.environment().putAll(environment);
            return new PackagedApp(builder.start(), output);
        }
    }

    /** Waits for the "Listening on" line and returns its port; fails if the process exits first. */
    public int awaitPort() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = LISTENING.matcher(log());
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            assertTrue(process.isAlive(), () -> "the service exited early:\n" + log());
            Thread.sleep(100);
        }
        throw new AssertionError("the service did not start within " + START_TIMEOUT.toSeconds() + " s:\n" + log());
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int awaitExit() throws InterruptedException {
        assertTrue(process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS),
                () -> "still running after " + START_TIMEOUT.toSeconds() + " s:\n" + log());
        return process.exitValue();
    }

    /** Sends SIGTERM and waits until the process has stopped. */
    public void stop() throws InterruptedException {
        process.destroy();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the service stops on SIGTERM");
    }

    /** Sends SIGKILL: no shutdown hooks run. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the service dies on SIGKILL");
    }

    public Process process() {
        return process;
    }

    public Path logFile() {
        return log;
    }

    /** Everything the process has written so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Kills the process if a test left it running. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
