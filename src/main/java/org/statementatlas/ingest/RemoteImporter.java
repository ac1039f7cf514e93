package org.statementatlas.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Imports a directory of articles into a running service by sending each one to its {@code ingestArticle} mutation, so
 * the service stays the only process that opens the database and its access rules apply. Writes need the editor
 * role: its credentials go in the ATLAS_IMPORT_AUTHORIZATION environment variable as an Authorization header value.
 */
public final class RemoteImporter {

    private static final Logger LOG = Logger.getLogger(RemoteImporter.class);
    private static final String MUTATION = "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {"
            + " created linkConfidence warnings linkedStatement { slug } article { url mentions { count } claims { value } } } }";

    private final URI endpoint;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    public RemoteImporter(URI endpoint, String authorization) {
        this.endpoint = endpoint;
        this.authorization = authorization;
    }

    /** Same exit codes as {@link BulkImporter#importDirectory}. */
    public int importDirectory(Path dir) {
        return ImportRun.importDirectory(dir, article -> {
            JsonNode payload = send(article);
            JsonNode statement = payload.get("linkedStatement");
            JsonNode confidence = payload.get("linkConfidence");
            return new ImportRun.Imported(payload.get("created").asBoolean(), payload.at("/article/url").asText(),
                    statement.isNull() ? null : statement.get("slug").asText(),
                    confidence.isNull() ? null : confidence.asDouble(), payload.at("/article/mentions").size(),
                    payload.at("/article/claims").size(), payload.get("warnings").size());
        });
    }

    private JsonNode send(ImportFiles.Article article) throws IOException, InterruptedException {
        Map<String, Object> input = new LinkedHashMap<>();
        if (article.html() != null) {
            input.put("html", article.html());
        } else {
            input.put("text", article.text());
        }
        if (article.url() != null) {
            input.put("url", article.url());
        }
        byte[] body = json.writeValueAsBytes(Map.of("query", MUTATION, "variables", Map.of("input", input)));
        HttpRequest.Builder post = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null && !authorization.isBlank()) {
            post.header("Authorization", authorization);
        }
        HttpResponse<byte[]> response = http.send(post.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + endpoint);
        }
        JsonNode root = json.readTree(response.body());
        JsonNode errors = root.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            JsonNode first = errors.get(0);
            throw new IOException(
                    first.path("extensions").path("code").asText("ERROR") + ": " + first.path("message").asText());
        }
        return root.at("/data/ingestArticle");
    }
}
