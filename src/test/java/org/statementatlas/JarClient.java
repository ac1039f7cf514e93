package org.statementatlas;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * GraphQL over HTTP to a {@link PackagedApp}. Prod has no editor token, so each client makes one of its own and gives
 * the app its digest ({@link #editorTokenOption()}), as an operator would.
 */
public final class JarClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();
    private int port;

    public JarClient() {
        this(UUID.randomUUID().toString());
    }

    private JarClient(String token) {
        this.token = token;
    }

    /** Another client with the same editor token, pointed at another app (a second replica). */
    public JarClient at(int otherPort) {
        return new JarClient(token).port(otherPort);
    }

    /** The {@code -D} option that makes this client's token an editor token named "it". */
    public String editorTokenOption() {
        try {
            return "-Datlas.security.editor-tokens=it:" + HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points the client at a started app. */
    public JarClient port(int port) {
        this.port = port;
        return this;
    }

    /** Sends a query or mutation with the editor token; variables as alternating names and values. */
    public JsonNode post(String query, Object... variables) throws IOException, InterruptedException {
        return JSON.readTree(send(true, query, variables).body());
    }

    /** Sends a query without credentials, as a reader would (such answers may come from the response cache). */
    public HttpResponse<String> anonymous(String query, Object... variables) throws IOException, InterruptedException {
        return send(false, query, variables);
    }

    private HttpResponse<String> send(boolean editor, String query, Object... variables)
            throws IOException, InterruptedException {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", vars))));
        if (editor) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Like {@link #post}, and the answer must have no errors. */
    public JsonNode ok(String query, Object... variables) throws IOException, InterruptedException {
        JsonNode answer = post(query, variables);
        assertFalse(answer.has("errors"), answer::toString);
        return answer.get("data");
    }
}
