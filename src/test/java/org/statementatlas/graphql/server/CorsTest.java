package org.statementatlas.graphql.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.Editor;
import org.statementatlas.graphql.GraphQL;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Browser pages on other origins: anonymous reads from anywhere, credentials only from the service's own
 * origin and the editor origins (the test profile allows {@value #EDITOR_ORIGIN}).
 */
@QuarkusTest
class CorsTest {

    static final String EDITOR_ORIGIN = "http://editor.example";
    static final String OTHER_ORIGIN = "https://newsroom.example";
    static final String TYPENAME = "{ __typename }";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void anonymousPreflightFromAnyOriginAllowsGetAndPostWithTheRequestedHeaders() {
        preflight(OTHER_ORIGIN, "POST", "content-type, x-apollo-operation-name")
                .statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", "GET, POST")
                .header("Access-Control-Allow-Headers", "content-type, x-apollo-operation-name")
                .header("Access-Control-Max-Age", "7200")
                .header("Vary", containsString("Origin"));
    }

    @Test
    void preflightFromAnotherOriginDoesNotAllowAuthorization() {
        preflight(OTHER_ORIGIN, "POST", "authorization, content-type")
                .statusCode(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Headers", "content-type");
    }

    @Test
    void preflightFromAnEditorOriginAllowsAuthorizationForThatOriginOnly() {
        preflight(EDITOR_ORIGIN, "POST", "authorization, content-type")
                .statusCode(204)
                .header("Access-Control-Allow-Origin", EDITOR_ORIGIN)
                .header("Access-Control-Allow-Headers", "authorization, content-type");
    }

    @Test
    void anonymousPostFromAnyOriginCanBeReadAndExposesTheEtag() {
        post(OTHER_ORIGIN, null, "{ country(code: \"JP\") { name } }")
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", "ETag, Retry-After, RateLimit, RateLimit-Policy, Server-Timing")
                .header("Vary", not(containsString("Origin")))
                .body("data.country.name", equalTo("Japan"));
    }

    @Test
    void anonymousGetRevalidatesCrossOrigin() {
        Map<String, String> query = Map.of("query", "{ country(code: \"FR\") { name } }");
        String etag = given().header("Origin", OTHER_ORIGIN).queryParams(query)
                .when().get("/graphql")
                .then().log().ifValidationFails()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", "ETag, Retry-After, RateLimit, RateLimit-Policy, Server-Timing")
                .extract().header("ETag");
        given().header("Origin", OTHER_ORIGIN).header("If-None-Match", etag).queryParams(query)
                .when().get("/graphql")
                .then().log().ifValidationFails()
                .statusCode(304)
                .header("Access-Control-Allow-Origin", "*");
    }

    @Test
    void credentialsFromAnOriginNotOnTheListAreRefusedBeforeAnythingRuns() {
        String slug = Editor.uniqueSlug("cors");
        post(OTHER_ORIGIN, Editor.TOKEN, "mutation($in: CreateStatementInput!) { createStatement(input: $in)"
                + " { statement { id } } }", "in",
                Map.of("title", "Cross-origin write", "slug", slug,
                        "kind", "JOINT_STATEMENT", "issuedOn", "2024-01-09"))
                .statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("atlas.cors.editor-origins"));
        GraphQL.ok("query($s: String) { statement(slug: $s) { id } }", "s", slug).body("data.statement", nullValue());
    }

    @Test
    void credentialsFromAnEditorOriginAreAnsweredForThatOrigin() {
        post(EDITOR_ORIGIN, Editor.TOKEN, TYPENAME)
                .statusCode(200)
                .header("Access-Control-Allow-Origin", EDITOR_ORIGIN)
                .header("Vary", containsString("Origin"))
                .body("data.__typename", equalTo("Query"));
    }

    @Test
    void credentialsFromTheServicesOwnOriginAreAllowed() {
        String own = "http://" + endpoint.getHost() + ":" + endpoint.getPort();
        post(own, Editor.TOKEN, TYPENAME).statusCode(200).body("data.__typename", equalTo("Query"));
    }

    @Test
    void webSocketWithCredentialsFromAnotherOriginIsRefused() {
        CompletionException refused = assertThrows(CompletionException.class,
                () -> openWebSocket(OTHER_ORIGIN, Editor.TOKEN));
        assertTrue(refused.getCause() instanceof WebSocketHandshakeException, refused.toString());
        assertEquals(403, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
    }

    @Test
    void anonymousWebSocketFromAnotherOriginOpens() {
        openWebSocket(OTHER_ORIGIN, null).abort();
    }

    private WebSocket openWebSocket(String origin, String token) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .subprotocols("graphql-transport-ws")
                .header("Origin", origin);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        URI ws = URI.create(endpoint.toString().replaceFirst("^http", "ws"));
        return builder.buildAsync(ws, new WebSocket.Listener() {
        }).orTimeout(20, TimeUnit.SECONDS).join();
    }

    private static ValidatableResponse preflight(String origin, String method, String headers) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", headers)
                .when().options("/graphql")
                .then().log().ifValidationFails();
    }

    private static ValidatableResponse post(String origin, String token, String query, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        RequestSpecification request = given().header("Origin", origin).contentType(ContentType.JSON)
                .accept(ContentType.JSON).body(Map.of("query", query, "variables", vars));
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql").then().log().ifValidationFails();
    }
}
