package org.statementatlas;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged jar run as an operator runs it, on a data directory of its own and a free port, for the
 * integration tests that need a process to restart or kill. Each start waits until the service listens.
 */
public final class PackagedApp {

    public static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path log;
    private final int port;

    private PackagedApp(Process process, Path log) throws IOException, InterruptedException {
        this.process = process;
        this.log = log;
        this.port = awaitPort();
    }

    /** Whether the build made the jar (these tests run against the JVM package only). */
    public static boolean built() {
        return Files.exists(JAR);
    }

    /** Starts {@code java -jar} on the data directory; options are extra {@code -D} settings. */
    public static PackagedApp start(Path dataDir, String... options) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dataDir.getParent(), "atlas", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Datlas.data-dir=" + dataDir, "-Dquarkus.http.port=0"));
        command.addAll(List.of(options));
        command.addAll(List.of("-jar", JAR.toString()));
        return new PackagedApp(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(),
                log);
    }

    /** Sends a GraphQL request, with a bearer token when one is given; returns the response body. */
    public JsonNode post(String token, String query, Map<String, Object> variables)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("query", query, "variables", variables))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return JSON.readTree(HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    /** Stops the service with SIGTERM, as an orchestrator would; it must be gone within 30 s. */
    public void stop() throws InterruptedException {
        process.destroy();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the service stops on SIGTERM");
    }

    /** Kills the service with SIGKILL: no shutdown hooks run. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the service dies on SIGKILL");
    }

    /** Everything the service logged so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private int awaitPort() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = LISTENING.matcher(log());
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            if (!process.isAlive()) {
                throw new AssertionError("the service exited early:\n" + log());
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new AssertionError("the service did not start within " + START_TIMEOUT.toSeconds() + " s:\n" + log());
    }
}
