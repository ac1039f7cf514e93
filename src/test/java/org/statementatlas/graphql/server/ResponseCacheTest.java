package org.statementatlas.graphql.server;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.statementatlas.graphql.Editor.input;

import java.net.URI;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.Editor;
import org.statementatlas.graphql.server.RawHttp.Request;
import org.statementatlas.graphql.server.RawHttp.Response;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The response cache: identical anonymous queries are answered from memory, without SQL, until a committed
 * write; nothing with credentials, errors or side effects is stored; Server-Timing tells which happened.
 */
@QuarkusTest
@TestProfile(ResponseCacheTest.CacheOn.class)
class ResponseCacheTest {

    /** The test profile with the cache on, as in production. */
    public static class CacheOn implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("atlas.response-cache.enabled", "true");
        }
    }

    private static final String TITLE = "query($slug: String) { statement(slug: $slug) { title version } }";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void anIdenticalQueryIsAnsweredFromMemoryWithoutSql() {
        String query = "{ countries(first: 3, orderBy: {field: CODE, direction: ASC}) { nodes { code name } } }";
        Response first = post(query, null);
        assertThat(first.header("Server-Timing"), matchesPattern("cache;desc=miss, exec;dur=\\d+\\.\\d"));

        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        Response second = post(query, null);
        assertEquals("cache;desc=hit", second.header("Server-Timing"));
        assertEquals(first.body(), second.body());
        assertEquals(0, statistics.getPrepareStatementCount(), "a hit runs no SQL");
        assertEquals("AD", second.json().getString("data.countries.nodes[0].code"));
    }

    @Test
    void variablesAndOperationNamesAreTheirOwnAnswers() {
        String document = "query Name($code: String!) { country(code: $code) { name } } query Code { country(code: \"JP\") { code } }";
        assertEquals("France", post(document, "{\"code\":\"FR\"}", "Name").json().getString("data.country.name"));
        Response germany = post(document, "{\"code\":\"DE\"}", "Name");
        assertEquals("cache;desc=miss", germany.header("Server-Timing").split(",")[0]);
        assertEquals("Germany", germany.json().getString("data.country.name"));
        assertEquals("JP", post(document, null, "Code").json().getString("data.country.code"));
        assertEquals("Germany", post(document, "{\"code\":\"DE\"}", "Name").json().getString("data.country.name"));
    }

    @Test
    void aCommittedWriteInvalidatesEveryAnswerAndARefusedOneDoesNot() {
        String slug = Editor.uniqueSlug("cached");
        String id = Editor.createStatement(slug, "2024-03-01");
        try {
            String variables = "{\"slug\":\"" + slug + "\"}";
            post(TITLE, variables);
            assertEquals("cache;desc=hit", post(TITLE, variables).header("Server-Timing"));

            Editor.mutate("mutation($in: UpdateStatementInput!) { updateStatement(input: $in) { statement { id } } }",
                    "in", input("id", id, "expectedVersion", 5, "title", "Never"))
                    .body("errors[0].extensions.code", equalTo("CONFLICT"));
            assertEquals("cache;desc=hit", post(TITLE, variables).header("Server-Timing"), "nothing was committed");

            Editor.ok("mutation($in: UpdateStatementInput!) { updateStatement(input: $in) { statement { id } } }",
                    "in", input("id", id, "expectedVersion", 0, "title", "Renamed"));
            Response after = post(TITLE, variables);
            assertEquals("cache;desc=miss", after.header("Server-Timing").split(",")[0]);
            assertEquals("Renamed", after.json().getString("data.statement.title"));
            assertEquals(1, after.json().getInt("data.statement.version"));
        } finally {
            Editor.deleteStatement(id);
        }
    }

    @Test
    void credentialsMutationsAndErrorsAreNeverStored() {
        String query = "{ country(code: \"KR\") { name } }";
        Response editor = RawHttp.send(endpoint, json(query, null, null).header("Authorization", "Bearer " + Editor.TOKEN));
        assertEquals("cache;desc=bypass", editor.header("Server-Timing").split(",")[0]);
        assertEquals("cache;desc=miss", post(query, null).header("Server-Timing").split(",")[0],
                "an editor's answer is not shared");

        String broken = "{ statement(slug: \"x\", id: \"y\") { id } }";
        assertEquals("BAD_USER_INPUT", post(broken, null).json().getString("errors[0].extensions.code"));
        assertEquals("cache;desc=miss", post(broken, null).header("Server-Timing").split(",")[0]);

        Response mutation = RawHttp.send(endpoint, json("mutation { deleteStatement(input: {id: \"x\"}) { deletedId } }",
                null, null).header("Authorization", "Bearer " + Editor.TOKEN));
        assertEquals("cache;desc=bypass", mutation.header("Server-Timing").split(",")[0]);
    }

    @Test
    void aCachedGetAnswerRevalidatesWith304() {
        Request get = Request.get(Map.of("query", "{ country(code: \"NZ\") { name } }"));
        Response first = RawHttp.send(endpoint, get);
        Response hit = RawHttp.send(endpoint, get);
        assertEquals("cache;desc=hit", hit.header("Server-Timing"));
        assertEquals(first.header("ETag"), hit.header("ETag"));
        assertEquals(HttpCaching.etag(hit.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)), hit.header("ETag"));
        assertThat(hit.header("Cache-Control"), matchesPattern("public, max-age=\\d+"));
        Response revalidated = RawHttp.send(endpoint, get.header("If-None-Match", hit.header("ETag")));
        assertEquals(304, revalidated.status());
        assertNotEquals(null, revalidated.header("Server-Timing"));
    }

    private Response post(String query, String variables) {
        return post(query, variables, null);
    }

    private Response post(String query, String variables, String operationName) {
        Response response = RawHttp.send(endpoint, json(query, variables, operationName));
        assertEquals(200, response.status(), response.body());
        return response;
    }

    private static Request json(String query, String variables, String operationName) {
        StringBuilder body = new StringBuilder("{\"query\":").append(jakarta.json.Json.createValue(query));
        if (variables != null) {
            body.append(",\"variables\":").append(variables);
        }
        if (operationName != null) {
            body.append(",\"operationName\":\"").append(operationName).append('"');
        }
        return Request.post("application/json", body.append('}').toString());
    }
}
