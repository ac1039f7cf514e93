package org.statementatlas.graphql.server;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;

import org.statementatlas.graphql.input.InputText;

/**
 * The parameters of one GraphQL-over-HTTP request, checked for their JSON types: {@code query} and
 * {@code operationName} strings, {@code variables} and {@code extensions} maps; each may be absent or null.
 * Anything else is a malformed request ({@link RequestRefused}, 400).
 */
record GraphQLRequest(String query, String operationName, JsonObject variables, JsonObject extensions) {

    private static final JsonProvider JSON = JsonProvider.provider();

    /** The parameters of a POST body (already decoded from UTF-8). */
    static GraphQLRequest fromBody(String body) {
        if (body.isBlank()) {
            throw RequestRefused.badRequest("The request body is empty; send a JSON object with a 'query'.");
        }
        JsonValue parsed = parse(body, "The request body");
        if (!(parsed instanceof JsonObject json)) {
            throw RequestRefused.badRequest("The request body must be a JSON object; batched requests are not supported.");
        }
        return new GraphQLRequest(string(json.get("query"), "query"), operationName(json.get("operationName")),
                object(json.get("variables"), "variables"), object(json.get("extensions"), "extensions"));
    }

    /** The parameters of a GET query string; variables and extensions are JSON text. */
    static GraphQLRequest fromParameters(Map<String, List<String>> parameters) {
        return new GraphQLRequest(first(parameters, "query"), InputText.stripToNull(first(parameters, "operationName")),
                object(json(first(parameters, "variables"), "variables"), "variables"),
                object(json(first(parameters, "extensions"), "extensions"), "extensions"));
    }

    /** The same request with the query text resolved (from a persisted-query hash). */
    GraphQLRequest withQuery(String text) {
        return new GraphQLRequest(text, operationName, variables, extensions);
    }

    private static String operationName(JsonValue value) {
        return InputText.stripToNull(string(value, "operationName"));
    }

    private static String string(JsonValue value, String name) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw RequestRefused.badRequest("Parameter '" + name + "' must be a string.");
    }

    private static JsonObject object(JsonValue value, String name) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonObject object) {
            return object;
        }
        throw RequestRefused.badRequest("Parameter '" + name + "' must be a JSON object (a map).");
    }

    private static JsonValue json(String text, String name) {
        return text == null || text.isEmpty() ? null : parse(text, "Parameter '" + name + "'");
    }

    /** Parses one JSON value and nothing after it; any failure of the parser is the client's. */
    private static JsonValue parse(String text, String what) {
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            if (parser.hasNext()) {
                parser.next();
                JsonValue value = parser.getValue();
                if (!parser.hasNext()) {
                    return value;
                }
            }
        } catch (RuntimeException e) {
            // Parsson throws JsonException for malformed text and a bare RuntimeException for too deep nesting.
        }
        throw RequestRefused.badRequest(what + " is not valid JSON.");
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
