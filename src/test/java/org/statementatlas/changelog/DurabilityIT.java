package org.statementatlas.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementatlas.PackagedApp;

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

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void acknowledgedWriteSurvivesKillMinusNine() throws Exception {
        assumeTrue(PackagedApp.isBuilt(), "runs against the packaged application: ./mvnw package first");
        String token = UUID.randomUUID().toString();
        String slug = "durability-" + UUID.randomUUID().toString().substring(0, 8);

        PackagedApp first = PackagedApp.start(dataDir, editorTokenOption(token));
        JsonNode created;
        JsonNode updated;
        try {
            int port = first.awaitPort();
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
            first.kill();
        }
        assertFalse(updated.has("errors"), updated::toString);
        String id = created.at("/data/createStatement/statement/id").asText();

        PackagedApp second = PackagedApp.start(dataDir);
        try {
            JsonNode after = post(second.awaitPort(), null,
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
            second.stop();
        }
    }

    /**
     * The connection that created the schema of a fresh database is closed by the pool once idle (here after
     * a second). Writes into every table with a value-list check must go on working after that.
     */
    @Test
    void aFreshDatabaseTakesWritesAfterThePoolClosesTheConnectionThatCreatedIt() throws Exception {
        assumeTrue(PackagedApp.isBuilt(), "runs against the packaged application: ./mvnw package first");
        String token = UUID.randomUUID().toString();
        PackagedApp app = PackagedApp.start(dataDir, editorTokenOption(token),
                "-Dquarkus.datasource.jdbc.idle-removal-interval=1S", "-Dquarkus.datasource.jdbc.max-lifetime=2S");
        try {
            int port = app.awaitPort();
            Thread.sleep(4000);
            JsonNode created = post(port, token, "mutation($in: CreateStatementInput!) {"
                    + " createStatement(input: $in) { statement { kind } } }",
                    Map.of("in", Map.of("title", "After the pool recycled", "slug", "pool-recycled",
                            "kind", "NATIONAL_STATEMENT", "issuedOn", "2024-03-01")));
            assertEquals("NATIONAL_STATEMENT", created.at("/data/createStatement/statement/kind").asText(),
                    created::toString);
            JsonNode ingested = post(port, token, "mutation($in: IngestArticleInput!) {"
                    + " ingestArticle(input: $in) { article { datePrecision mentions { matchedAs } claims { counts } } } }",
                    Map.of("in", Map.of("text", "Allies condemn launch\n\n12 January 2024\n\nJapan and South Korea,"
                            + " with 48 other countries, condemned the launch.", "url", "https://example.org/pool")));
            assertFalse(ingested.has("errors"), ingested::toString);
            assertEquals("DATE", ingested.at("/data/ingestArticle/article/datePrecision").asText(), ingested::toString);
        } finally {
            app.stop();
        }
    }

    /** Prod has no editor token: a run configures one of its own, by digest as an operator would. */
    private static String editorTokenOption(String token) throws NoSuchAlgorithmException {
        String digest = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        return "-Datlas.security.editor-tokens=durability-it:" + digest;
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
}
