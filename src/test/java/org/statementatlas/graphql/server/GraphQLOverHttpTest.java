package org.statementatlas.graphql.server;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.statementatlas.graphql.server.RawHttp.Request;
import org.statementatlas.graphql.server.RawHttp.Response;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Hostile and malformed requests never get a 500: each gets a 4xx, or a 200 with errors where the spec
 * wants that for the negotiated media type, and every error has an extensions.code. Nothing about them is
 * logged at ERROR: they are the client's mistakes, not the server's.
 */
@QuarkusTest
class GraphQLOverHttpTest {

    static final String JSON = "application/json";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @TestHTTPResource("/graphql")
    URI endpoint;

    static Stream<Arguments> badRequests() {
        String typename = "{__typename}";
        String megabyteQuery = "{" + " __typename".repeat(100_000) + "}";
        String overLimitBody = "{\"query\":\"{__typename}\",\"variables\":{\"x\":\"" + "x".repeat(2 * 1024 * 1024)
                + "\"}}";
        String deepJson = "{\"query\":\"{__typename}\",\"variables\":{\"x\":" + "[".repeat(5000) + "]".repeat(5000)
                + "}}";
        return Stream.of(
                row("query is an object", json("{\"query\":{\"obj\":\"ect\"}}"), 400, JSON, "BAD_REQUEST"),
                row("query is a number", json("{\"query\":0}"), 400, JSON, "BAD_REQUEST"),
                row("query is a boolean", json("{\"query\":false}"), 400, JSON, "BAD_REQUEST"),
                row("query is an array", json("{\"query\":[\"{__typename}\"]}"), 400, JSON, "BAD_REQUEST"),
                row("variables is a string", json("{\"query\":\"{__typename}\",\"variables\":\"x\"}"), 400, JSON,
                        "BAD_REQUEST"),
                row("variables is a number", json("{\"query\":\"{__typename}\",\"variables\":0}"), 400, JSON,
                        "BAD_REQUEST"),
                row("variables is a boolean", json("{\"query\":\"{__typename}\",\"variables\":true}"), 400, JSON,
                        "BAD_REQUEST"),
                row("variables is an array", json("{\"query\":\"{__typename}\",\"variables\":[1]}"), 400, JSON,
                        "BAD_REQUEST"),
                row("operationName is an object", json("{\"query\":\"{__typename}\",\"operationName\":{}}"), 400, JSON,
                        "BAD_REQUEST"),
                row("operationName is a number", json("{\"query\":\"{__typename}\",\"operationName\":1}"), 400, JSON,
                        "BAD_REQUEST"),
                row("operationName is a boolean", json("{\"query\":\"{__typename}\",\"operationName\":false}"), 400,
                        JSON, "BAD_REQUEST"),
                row("operationName is an array", json("{\"query\":\"{__typename}\",\"operationName\":[\"A\"]}"), 400,
                        JSON, "BAD_REQUEST"),
                row("extensions is a string", json("{\"query\":\"{__typename}\",\"extensions\":\"x\"}"), 400, JSON,
                        "BAD_REQUEST"),
                row("extensions is a number", json("{\"query\":\"{__typename}\",\"extensions\":0}"), 400, JSON,
                        "BAD_REQUEST"),
                row("extensions is a boolean", json("{\"query\":\"{__typename}\",\"extensions\":false}"), 400, JSON,
                        "BAD_REQUEST"),
                row("extensions is an array", json("{\"query\":\"{__typename}\",\"extensions\":[]}"), 400, JSON,
                        "BAD_REQUEST"),
                row("query is missing", json("{\"qeury\":\"{__typename}\"}"), 400, JSON, "BAD_REQUEST"),
                row("truncated JSON", json("{\"query\":\"{__typename}\""), 400, JSON, "BAD_REQUEST"),
                row("JSON with trailing garbage", json("{\"query\":\"{__typename}\"} x"), 400, JSON, "BAD_REQUEST"),
                row("no body at all", Request.post("application/json", (String) null), 400, JSON, "BAD_REQUEST"),
                row("a batch (JSON array)", json("[{\"query\":\"{__typename}\"}]"), 400, JSON, "BAD_REQUEST"),
                row("JSON nested 5000 deep", json(deepJson), 400, JSON, "BAD_REQUEST"),
                row("body not UTF-8", Request.post("application/json",
                        new byte[]{'{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}),
                        400, JSON, "BAD_REQUEST"),
                row("body in Latin-1", Request.post("application/json; charset=iso-8859-1",
                        "{\"query\":\"{__typename}\"}"), 415, JSON, "BAD_REQUEST"),
                row("query of 1 MB", json(body(megabyteQuery)), 200, JSON, "LIMIT_EXCEEDED"),
                row("query of 1 MB, graphql-response", json(body(megabyteQuery)).header("Accept", GRAPHQL_RESPONSE), 400,
                        GRAPHQL_RESPONSE, "LIMIT_EXCEEDED"),
                row("body over the limit", json(overLimitBody), 413, JSON, "LIMIT_EXCEEDED"),
                row("no content type", Request.post(null, body(typename)), 415, JSON, "BAD_REQUEST"),
                row("JSON listed with another type", Request.post("application/json, text/plain", body(typename)), 415,
                        JSON, "BAD_REQUEST"),
                row("JSON listed twice, once in Latin-1", Request.post("application/json, application/json;"
                        + " charset=iso-8859-1", body(typename)), 415, JSON, "BAD_REQUEST"),
                row("content type text/plain", Request.post("text/plain", body(typename)), 415, JSON, "BAD_REQUEST"),
                row("content type application/graphql", Request.post("application/graphql", typename), 415, JSON,
                        "BAD_REQUEST"),
                row("content type form", Request.post("application/x-www-form-urlencoded", "query=%7B__typename%7D"), 415,
                        JSON, "BAD_REQUEST"),
                row("accepts neither JSON type", json(body(typename)).header("Accept", "text/html"), 406, JSON,
                        "BAD_REQUEST"),
                row("two operations, no operationName", json(body("query A { __typename } query B { __typename }")),
                        200, JSON, "OPERATION_RESOLUTION_FAILURE"),
                row("two operations, no operationName, graphql-response",
                        json(body("query A { __typename } query B { __typename }")).header("Accept", GRAPHQL_RESPONSE),
                        400, GRAPHQL_RESPONSE, "OPERATION_RESOLUTION_FAILURE"),
                row("unknown operationName", json("{\"query\":\"query A { __typename }\",\"operationName\":\"B\"}"), 200,
                        JSON, "OPERATION_RESOLUTION_FAILURE"),
                row("mutation by GET", Request.get(Map.of("query", "mutation { __typename }")), 405, JSON,
                        "BAD_REQUEST"),
                row("mutation by GET, selected by operationName", Request.get(Map.of("query",
                        "query Q { __typename } mutation M { __typename }", "operationName", "M")), 405, JSON,
                        "BAD_REQUEST"),
                row("GET without a query", Request.get(Map.of("operationName", "A")), 400, JSON, "BAD_REQUEST"),
                row("GET with variables that are not JSON", Request.get(Map.of("query", typename, "variables", "{x")),
                        400, JSON, "BAD_REQUEST"),
                row("PUT", new Request("PUT", Map.of(), Map.of("Content-Type", "application/json"),
                        body(typename).getBytes(StandardCharsets.UTF_8)), 405, JSON, "BAD_REQUEST"),
                row("variable of the wrong type", json("{\"query\":\"query($first: Int) { statements(first: $first)"
                        + " { totalCount } }\",\"variables\":{\"first\":\"ten\"}}"), 200, JSON, "BAD_USER_INPUT"),
                row("variable of the wrong type, graphql-response", json("{\"query\":\"query($first: Int) {"
                        + " statements(first: $first) { totalCount } }\",\"variables\":{\"first\":\"ten\"}}")
                        .header("Accept", GRAPHQL_RESPONSE), 400, GRAPHQL_RESPONSE, "BAD_USER_INPUT"),
                row("variable too large for Int", json("{\"query\":\"query($first: Int) { statements(first: $first)"
                        + " { totalCount } }\",\"variables\":{\"first\":1e400}}"), 200, JSON, "BAD_USER_INPUT"),
                row("variable with a huge exponent", json("{\"query\":\"query($first: Int) { statements(first: $first)"
                        + " { totalCount } }\",\"variables\":{\"first\":1e1000000000}}"), 200, JSON, "BAD_USER_INPUT"),
                row("non-null variable given null", json("{\"query\":\"query($id: ID!) { node: statement(id: $id)"
                        + " { slug } }\",\"variables\":{\"id\":null}}"), 200, JSON, "BAD_USER_INPUT"),
                row("syntax error", json(body("{")), 200, JSON, "GRAPHQL_PARSE_FAILED"),
                row("syntax error, graphql-response", json(body("{")).header("Accept", GRAPHQL_RESPONSE), 400,
                        GRAPHQL_RESPONSE, "GRAPHQL_PARSE_FAILED"),
                row("unknown field", json(body("{ nope }")), 200, JSON, "GRAPHQL_VALIDATION_FAILED"),
                row("unknown field, graphql-response", json(body("{ nope }")).header("Accept", GRAPHQL_RESPONSE), 400,
                        GRAPHQL_RESPONSE, "GRAPHQL_VALIDATION_FAILED"),
                row("page size out of range", json(body("{ statements(first: 101) { totalCount } }")), 200, JSON,
                        "BAD_USER_INPUT"),
                row("unknown persisted query", json("{\"extensions\":{\"persistedQuery\":{\"version\":1,"
                        + "\"sha256Hash\":\"" + "0".repeat(64) + "\"}}}"), 200, JSON, "PERSISTED_QUERY_NOT_FOUND"),
                row("persisted query version 2", json("{\"extensions\":{\"persistedQuery\":{\"version\":2,"
                        + "\"sha256Hash\":\"" + "0".repeat(64) + "\"}}}"), 400, JSON, "BAD_REQUEST"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badRequestGetsA4xxOrErrorsButNeverA500(String name, Request request, int status, String mediaType,
            String code) {
        Response response;
        List<String> errors;
        try (ErrorLogCapture log = ErrorLogCapture.start()) {
            response = RawHttp.send(endpoint, request);
            errors = log.messages();
        }
        assertEquals(status, response.status(), response.body());
        assertThat(response.contentType(), startsWith(mediaType));
        assertEquals(code, response.json().getString("errors[0].extensions.code"), response.body());
        assertThat(response.json().getList("errors.extensions.code"), everyItem(notNullValue()));
        assertThat(response.body(), not(containsString("Exception")));
        assertThat(response.body(), not(containsString("java.")));
        assertThat(response.body(), not(containsString("org.statementatlas")));
        assertEquals("no-store", response.header("Cache-Control"));
        if (logsAreVisible()) {
            assertEquals(List.of(), errors, "logged at ERROR");
        }
    }

    @Test
    void queryByPostAndByGetAnswers() {
        Response post = RawHttp.send(endpoint, json(body("{ country(code: \"JP\") { name } }")));
        assertEquals(200, post.status());
        assertEquals("Japan", post.json().getString("data.country.name"));
        Response get = RawHttp.send(endpoint, Request.get(Map.of("query", "query C($c: String!) { country(code: $c)"
                + " { name } }", "variables", "{\"c\":\"JP\"}", "operationName", "C")));
        assertEquals(200, get.status(), get.body());
        assertEquals("Japan", get.json().getString("data.country.name"));
        assertNull(get.json().get("errors"));
    }

    /** What GraphiQL's fetcher sends: it sets the header twice, and the browser joins the two values. */
    @ParameterizedTest
    @ValueSource(strings = {"application/json, application/json", "application/json;charset=UTF-8, application/json"})
    void contentTypeRepeatedIdenticallyIsAccepted(String contentType) {
        Response post = RawHttp.send(endpoint, Request.post(contentType, body("{ country(code: \"JP\") { name } }")));
        assertEquals(200, post.status(), post.body());
        assertEquals("Japan", post.json().getString("data.country.name"));
    }

    @Test
    void requestWithoutHostHeaderIsRefusedWithoutAnErrorLog() throws Exception {
        String body = "{\"query\":\"{__typename}\"}";
        String request = "POST " + endpoint.getPath() + " HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length() + "\r\nConnection: close\r\n\r\n" + body;
        String answer;
        List<String> errors;
        try (ErrorLogCapture log = ErrorLogCapture.start();
                Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            errors = log.messages();
        }
        assertThat(answer, startsWith("HTTP/1.1 400"));
        assertThat(answer, containsString("\"code\":\"BAD_REQUEST\""));
        if (logsAreVisible()) {
            assertEquals(List.of(), errors, "logged at ERROR");
        }
    }

    /** Whether this JVM runs the application, so that its log records can be seen here. */
    protected boolean logsAreVisible() {
        return true;
    }

    static String body(String query) {
        return "{\"query\":" + quote(query) + "}";
    }

    static Request json(String body) {
        return Request.post("application/json", body);
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static Arguments row(String name, Request request, int status, String mediaType, String code) {
        return Arguments.of(name, request, status, mediaType, code);
    }
}
