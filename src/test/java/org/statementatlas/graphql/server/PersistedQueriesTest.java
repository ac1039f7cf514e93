package org.statementatlas.graphql.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.server.RawHttp.Request;
import org.statementatlas.graphql.server.RawHttp.Response;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Automatic persisted queries, the way Apollo clients use them. */
@QuarkusTest
class PersistedQueriesTest {

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void hashOnlyIsUnknownThenHashWithQueryRunsThenHashOnlyRuns() {
        // A query text no other test sends, so that its hash is unknown to the server at first.
        String query = "query Apq" + UUID.randomUUID().toString().replace("-", "") + " { country(code: \"KP\") { name } }";
        String hash = PersistedQueries.sha256(query);

        Response first = post(hashOnly(hash));
        assertEquals(200, first.status());
        assertEquals("PERSISTED_QUERY_NOT_FOUND", first.json().getString("errors[0].extensions.code"));

        Response second = post(withQuery(query, hash));
        assertEquals(200, second.status(), second.body());
        assertNull(second.json().get("errors"));
        assertEquals("North Korea", second.json().getString("data.country.name"));

        Response third = post(hashOnly(hash));
        assertEquals(200, third.status(), third.body());
        assertNull(third.json().get("errors"));
        assertEquals("North Korea", third.json().getString("data.country.name"));

        // Hashed queries by GET are what CDNs cache: short URLs.
        Response get = RawHttp.send(endpoint, Request.get(Map.of("extensions", extensions(hash))));
        assertEquals(200, get.status(), get.body());
        assertEquals("North Korea", get.json().getString("data.country.name"));
    }

    @Test
    void wrongHashForAQueryIsRefused() {
        Response response = post(withQuery("{ country(code: \"JP\") { name } }", "0".repeat(64)));
        assertEquals(400, response.status());
        assertEquals("BAD_REQUEST", response.json().getString("errors[0].extensions.code"));
    }

    @Test
    void queryThatFailsIsNotRegistered() {
        String query = "{ nope" + UUID.randomUUID().toString().replace("-", "") + " }";
        String hash = PersistedQueries.sha256(query);
        assertEquals("GRAPHQL_VALIDATION_FAILED",
                post(withQuery(query, hash)).json().getString("errors[0].extensions.code"));
        assertEquals("PERSISTED_QUERY_NOT_FOUND", post(hashOnly(hash)).json().getString("errors[0].extensions.code"));
    }

    @Test
    void hashNotFoundWithGraphqlResponseMediaTypeIs400() {
        Response response = RawHttp.send(endpoint, Request.post("application/json", hashOnly("f".repeat(64)))
                .header("Accept", "application/graphql-response+json"));
        assertEquals(400, response.status());
        assertEquals("PERSISTED_QUERY_NOT_FOUND", response.json().getString("errors[0].extensions.code"));
    }

    @Test
    void malformedHashIsRefused() {
        Response response = post(hashOnly("not-a-hash"));
        assertEquals(400, response.status());
        assertEquals("BAD_REQUEST", response.json().getString("errors[0].extensions.code"));
    }

    private Response post(String body) {
        return RawHttp.send(endpoint, Request.post("application/json", body));
    }

    private static String hashOnly(String hash) {
        return "{\"extensions\":" + extensions(hash) + "}";
    }

    private static String withQuery(String query, String hash) {
        return "{\"query\":\"" + query.replace("\"", "\\\"") + "\",\"extensions\":" + extensions(hash) + "}";
    }

    private static String extensions(String hash) {
        return "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
    }
}
