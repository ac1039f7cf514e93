package org.statementatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.statementatlas.PackagedApp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Starts the packaged application the way Cloud Run or Knative does: {@code QUARKUS_PROFILE=serverless} and the
 * port in {@code $PORT}, nothing else. Runs the native executable when the build made one ({@code -Dnative}),
 * the jar otherwise. Checks what the profile promises: the dataset is there at once (from the build-time
 * snapshot), logs are JSON, writes are refused, GraphiQL is not served. One start serves all the checks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerlessIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private PackagedApp app;
    private int port;

    @BeforeAll
    void start(@TempDir Path workDir) throws Exception {
        assumeTrue(PackagedApp.isBuilt(), "needs the packaged jar or the native executable");
        port = freePort();
        app = PackagedApp.launcher().directory(workDir).log(workDir.resolve("app.log")).env("QUARKUS_PROFILE", "serverless")
                .env("PORT", Integer.toString(port)).start();
        awaitReady();
    }

    @AfterAll
    void stop() throws InterruptedException {
        app.stop();
    }

    @Test
    void servesTheWholeDatasetLoadedFromTheSnapshot() throws Exception {
        JsonNode data = graphql("{ countries(first: 1) { totalCount } statements(first: 1) { totalCount }"
                + " sourceArticles(first: 1) { totalCount } }").get("data");
        assertEquals(250, data.at("/countries/totalCount").asInt());
        assertEquals(Facts.root().get("statements").size(), data.at("/statements/totalCount").asInt());
        assertEquals(Facts.root().get("articles").size(), data.at("/sourceArticles/totalCount").asInt());
        assertTrue(logText().contains("Bundled dataset loaded in"), logText());
        assertTrue(logText().contains("from the build-time snapshot"), "the pipeline ran instead:\n" + logText());
    }

    @Test
    void logsOneJsonObjectPerLine() throws Exception {
        List<String> lines = Files.readAllLines(app.logFile()).stream().filter(line -> !line.isBlank()).toList();
        assertFalse(lines.isEmpty(), "nothing was logged");
        for (String line : lines) {
            JsonNode record = JSON.readTree(line);
            assertTrue(record.hasNonNull("message") && record.hasNonNull("level"), line);
        }
        assertTrue(lines.stream().anyMatch(line -> line.contains("Profile serverless activated")), logText());
    }

    @Test
    void refusesWritesByDefault() throws Exception {
        assertTrue(logText().contains("Read-only (atlas.read-only=true)"), logText());
    }

    @Test
    void servesNoGraphiqlButHealth() throws Exception {
        assertEquals(404, get("/q/graphql-ui/").statusCode());
        HttpResponse<String> ready = get("/q/health/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"UP\""), ready.body());
    }

    private JsonNode graphql(String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/graphql"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertFalse(body.has("errors"), response.body());
        return body;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Waits until the app answers on $PORT; proves that the port came from there. */
    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(app.process().isAlive(), () -> "the service exited early:\n" + logText());
            try {
                if (get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no answer on $PORT=" + port + " within 90 s:\n" + logText());
    }

    private String logText() {
        return app.log();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
