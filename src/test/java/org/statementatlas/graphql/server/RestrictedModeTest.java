package org.statementatlas.graphql.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.server.RawHttp.Request;
import org.statementatlas.graphql.server.RawHttp.Response;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The service locked down: only the operations of a persisted-query manifest (allow-list mode), and a time
 * budget of zero, which every field that does work runs out of.
 */
@QuarkusTest
@TestProfile(RestrictedModeTest.Restricted.class)
class RestrictedModeTest {

    /** Allow-list from src/test/resources; a budget no field can meet. */
    public static class Restricted implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("atlas.graphql.persisted-queries.allow-list", "src/test/resources/persisted-query-manifest.json",
                    "atlas.graphql.limits.time-budget", "0s");
        }
    }

    private static final String TYPENAME = "{ __typename }";
    private static final String JAPAN = "{ country(code: \"JP\") { name } }";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void listedOperationRunsByHashAndByText() {
        Response byHash = post("{\"extensions\":" + extensions(PersistedQueries.sha256(TYPENAME)) + "}");
        assertEquals(200, byHash.status(), byHash.body());
        assertEquals("Query", byHash.json().getString("data.__typename"));
        Response byText = post("{\"query\":\"" + TYPENAME + "\"}");
        assertEquals("Query", byText.json().getString("data.__typename"));
    }

    @Test
    void unlistedTextIsRefusedAndUnknownHashIsNotFound() {
        Response text = post("{\"query\":\"{ __typename __typename }\"}");
        assertEquals(200, text.status());
        assertEquals("PERSISTED_QUERY_NOT_IN_ALLOW_LIST", text.json().getString("errors[0].extensions.code"));
        String hash = PersistedQueries.sha256("{ __typename __typename }");
        Response withHash = post("{\"query\":\"{ __typename __typename }\",\"extensions\":" + extensions(hash) + "}");
        assertEquals("PERSISTED_QUERY_NOT_IN_ALLOW_LIST", withHash.json().getString("errors[0].extensions.code"));
        Response unknown = post("{\"extensions\":" + extensions(hash) + "}");
        assertEquals("PERSISTED_QUERY_NOT_FOUND", unknown.json().getString("errors[0].extensions.code"));
    }

    @Test
    void fieldsStartedAfterTheTimeBudgetFailWithLimitExceeded() {
        Response response = post("{\"extensions\":" + extensions(PersistedQueries.sha256(JAPAN)) + "}");
        assertEquals(200, response.status(), response.body());
        assertNull(response.json().get("data.country"));
        assertEquals("LIMIT_EXCEEDED", response.json().getString("errors[0].extensions.code"));
        assertEquals("timeMs", response.json().getString("errors[0].extensions.measure"));
        assertEquals(0, response.json().getInt("errors[0].extensions.limit"));
        assertEquals(1, response.json().getList("errors").size());
    }

    private Response post(String body) {
        return RawHttp.send(endpoint, Request.post("application/json", body));
    }

    private static String extensions(String hash) {
        return "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
    }
}
