package org.statementatlas.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A write that the API has acknowledged survives {@code kill -9}: the packaged jar runs on a fresh data
 * directory, creates a statement and edits it at once, is killed (SIGKILL, no shutdown hooks) as soon as the
 * second answer arrives, and on restart serves both writes and their change-log entries. Two writes, because
 * H2's background writer would often save a lone write in the moment before the kill; the second one comes
 * within its delay (WRITE_DELAY, 500 ms by default) and is lost unless each commit is written at once.
 */
class DurabilityIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private final Map<Process, Path> logs = new HashMap<>();

    @Test
    void acknowledgedWriteSurvivesKillMinusNine() throws Exception {
        assumeTrue(Files.exists(JAR), "runs against the JVM package");
        // Prod has no editor token: this run configures one of its own, by digest as an operator would.
        String token = UUID.randomUUID().toString();
        String digest = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        String slug = "durability-" + UUID.randomUUID().toString().substring(0, 8);

        Process first = start("-Datlas.security.editor-tokens=durability-it:" + digest);
        JsonNode created;
        JsonNode updated;
        try {
            int port = port(first);
            created = post(port, token, "mutation($in: CreateStatementInput!) {"
                    + " createStatement(input: $in) { statement { id slug version } } }",
                    Map.of("in", Map.of("title", "Durability check", "slug", slug, "kind", "JOINT_STATEMENT",
                            "issuedOn", "2024-03-01")));
            assertFalse(created.has("errors"), created::toString);
            updated = post(port, token, "mutation($in: UpdateStatementInput!) {"
                    + " updateStatement(input: $in) { statement { id version } } }",
                    Map.of("in", Map.of("id", created.at("/data/createStatement/statement/id").asText(),
                            "expectedVersion", 0, "title", "Durability check, edited")));
        } finally {
            first.destroyForcibly();
            assertTrue(first.waitFor(30, TimeUnit.SECONDS), "the service dies on SIGKILL");
        }
        assertFalse(updated.has("errors"), updated::toString);
        String id = created.at("/data/createStatement/statement/id").asText();

        Process second = start();
        try {
            JsonNode after = post(port(second), null,
                    "query($slug: String, $id: ID) { statement(slug: $slug) { id title version }"
                            + " changes(entityId: $id) { nodes { operation actor entity } } }",
                    Map.of("slug", slug, "id", id));
            assertEquals(id, after.at("/data/statement/id").asText(), after::toString);
            assertEquals("Durability check, edited", after.at("/data/statement/title").asText(), after::toString);
            assertEquals(1, after.at("/data/statement/version").asInt());
            assertEquals(2, after.at("/data/changes/nodes").size(), after::toString);
            assertEquals("updateStatement", after.at("/data/changes/nodes/0/operation").asText());
            assertEquals("createStatement", after.at("/data/changes/nodes/1/operation").asText());
            assertEquals("durability-it", after.at("/data/changes/nodes/0/actor").asText());
        } finally {
            second.destroy();
            assertTrue(second.waitFor(30, TimeUnit.SECONDS), "the service stops on SIGTERM");
        }
    }

    private Process start(String... options) throws IOException {
        Path log = Files.createTempFile(dataDir.getParent(), "atlas-durability", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Datlas.data-dir=" + dataDir, "-Dquarkus.http.port=0"));
        command.addAll(List.of(options));
        command.addAll(List.of("-jar", JAR.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        logs.put(process, log);
        return process;
    }

    private int port(Process process) throws IOException, InterruptedException {
        Path log = logs.get(process);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = LISTENING.matcher(Files.readString(log));
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            assertTrue(process.isAlive(), () -> "the service exited early:\n" + readQuietly(log));
            Thread.sleep(100);
        }
        throw new AssertionError("the service did not start within 60 s:\n" + readQuietly(log));
    }

    private static JsonNode post(int port, String token, String query, Map<String, Object> variables)
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

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
