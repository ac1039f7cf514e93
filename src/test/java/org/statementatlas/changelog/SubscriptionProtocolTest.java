package org.statementatlas.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.statementatlas.graphql.Editor.input;

import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.Editor;
import org.statementatlas.graphql.GraphQL;
import org.statementatlas.graphql.GraphQLWs;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The WebSocket transport: graphql-transport-ws messages, authentication as for queries, the limits on
 * connections and subscriptions (the test profile allows 4 and 3), and documents that are refused.
 */
@QuarkusTest
class SubscriptionProtocolTest {

    private static final String CHANGES = "subscription($id: ID) { changes(entityId: $id) { operation entityId } }";

    @Test
    void subscriptionsAreRefusedOverHttp() {
        io.restassured.RestAssured.given().contentType("application/json").accept("application/graphql-response+json")
                .body(Map.of("query", "subscription { changes { operation } }")).when().post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_REQUEST"))
                .body("data", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anUpgradeWithoutTheSubprotocolIsRefused() {
        io.restassured.RestAssured.given().header("Upgrade", "websocket").header("Connection", "Upgrade")
                .header("Sec-WebSocket-Version", "13").header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")
                .header("Sec-WebSocket-Protocol", "graphql-ws").when().get("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_REQUEST"));
    }

    @Test
    void pingIsAnsweredWithPong() {
        try (GraphQLWs ws = GraphQLWs.connect()) {
            ws.send(Map.of("type", "ping"));
            assertEquals("pong", ws.next().get("type"));
        }
    }

    @Test
    void subscribingBeforeConnectionInitClosesWith4401() {
        try (GraphQLWs ws = GraphQLWs.open()) {
            ws.subscribe("early", CHANGES);
            assertEquals(4401, ws.awaitClose());
        }
    }

    @Test
    void anEditorTokenMayComeInConnectionInit() {
        try (GraphQLWs ws = GraphQLWs.open()) {
            ws.init(Map.of("Authorization", "Bearer " + Editor.TOKEN));
            ws.send(Map.of("type", "ping"));
            assertEquals("pong", ws.next().get("type"));
        }
    }

    /** As for queries, a token that matches no editor leaves the client anonymous: reads (subscriptions) still work. */
    @Test
    void anUnknownTokenLeavesTheConnectionAnonymousAsForQueries() {
        GraphQL.queryAs("not-a-token", "{ country(code: \"JP\") { code } }").body("data.country.code",
                org.hamcrest.Matchers.equalTo("JP"));
        String id = Editor.createStatement(Editor.uniqueSlug("sub-anon"), "2024-05-02");
        try (GraphQLWs header = GraphQLWs.openWithToken("not-a-token");
                GraphQLWs payload = GraphQLWs.open()) {
            header.init(null);
            payload.init(Map.of("Authorization", "Bearer not-a-token"));
            header.subscribe("h", CHANGES, "id", id);
            payload.subscribe("p", CHANGES, "id", id);
            header.expectSilence(Duration.ofMillis(300));
            Editor.ok("mutation($in: UpdateStatementInput!) { updateStatement(input: $in) { statement { id } } }",
                    "in", input("id", id, "expectedVersion", 0, "title", "Seen anonymously"));
            assertEquals("updateStatement", ((Map<?, ?>) ((Map<?, ?>) header.nextPayload("h").get("data")).get("changes"))
                    .get("operation"));
            assertEquals("updateStatement", ((Map<?, ?>) ((Map<?, ?>) payload.nextPayload("p").get("data")).get("changes"))
                    .get("operation"));
        } finally {
            Editor.deleteStatement(id);
        }
    }

    @Test
    void aTokenInBothPlacesIsRefused() {
        try (GraphQLWs ws = GraphQLWs.openWithToken(Editor.TOKEN)) {
            ws.send(Map.of("type", "connection_init", "payload", Map.of("Authorization", "Bearer " + Editor.TOKEN)));
            assertEquals(4400, ws.awaitClose(), ws::closeReason);
        }
    }

    @Test
    void subscriptionsPerConnectionAreBounded() {
        String id = Editor.createStatement(Editor.uniqueSlug("sub-limit"), "2024-05-01");
        try (GraphQLWs ws = GraphQLWs.connect()) {
            ws.subscribe("a", CHANGES, "id", id);
            ws.subscribe("b", CHANGES, "id", id);
            ws.subscribe("c", CHANGES, "id", id);
            ws.subscribe("d", CHANGES, "id", id);
            Map<String, Object> refused = ws.next();
            assertEquals("error", refused.get("type"), refused::toString);
            assertEquals("d", refused.get("id"));
            assertEquals("LIMIT_EXCEEDED", code(refused.get("payload")), refused::toString);

            ws.complete("a");
            ws.expectSilence(Duration.ofMillis(300));
            ws.subscribe("e", CHANGES, "id", id);
            ws.expectSilence(Duration.ofMillis(300));
            Editor.ok("mutation($in: UpdateStatementInput!) { updateStatement(input: $in) { statement { id } } }",
                    "in", input("id", id, "expectedVersion", 0, "title", "Seen by three"));
            List<Object> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Map<String, Object> next = ws.next();
                assertEquals("next", next.get("type"), next::toString);
                ids.add(next.get("id"));
            }
            assertEquals(List.of("b", "c", "e"), ids.stream().map(String::valueOf).sorted().toList());
        } finally {
            Editor.deleteStatement(id);
        }
    }

    @Test
    void connectionsPerClientAreBounded() throws InterruptedException {
        List<GraphQLWs> open = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                open.add(GraphQLWs.connect());
            }
            CompletionException refused = assertThrows(CompletionException.class, GraphQLWs::open);
            WebSocketHandshakeException handshake = assertInstanceOf(WebSocketHandshakeException.class,
                    refused.getCause());
            assertEquals(429, handshake.getResponse().statusCode());
            assertEquals(true, String.valueOf(handshake.getResponse().body()).contains("LIMIT_EXCEEDED"),
                    () -> String.valueOf(handshake.getResponse().body()));

            open.remove(0).close();
            GraphQLWs again = null;
            for (int attempt = 0; again == null && attempt < 50; attempt++) {
                try {
                    again = GraphQLWs.connect();
                } catch (CompletionException stillCounted) {
                    Thread.sleep(100); // the server counts the closed connection off once its socket has closed
                }
            }
            assertEquals(true, again != null, "a closed connection frees its place");
            open.add(again);
        } finally {
            open.forEach(GraphQLWs::close);
        }
    }

    @Test
    void malformedDocumentsAreErrors() {
        try (GraphQLWs ws = GraphQLWs.connect()) {
            ws.subscribe("syntax", "subscription { changes(");
            Map<String, Object> syntax = ws.next();
            assertEquals("error", syntax.get("type"), syntax::toString);
            assertEquals("syntax", syntax.get("id"));

            ws.subscribe("unknown", "subscription { noSuchField }");
            Map<String, Object> unknown = ws.next();
            assertEquals("error", unknown.get("type"), unknown::toString);

            ws.subscribe("deep",
                    """
                            subscription { statementUpdated(slug: "x") { statement { signatories { country { statements {
                              nodes { signatories { country { statements { nodes { signatories { country { code } } } } } } } } } } } } }""");
            Map<String, Object> deep = ws.next();
            assertEquals("error", deep.get("type"), deep::toString);
            assertEquals("LIMIT_EXCEEDED", code(deep.get("payload")), deep::toString);

            ws.subscribe("long", "subscription { changes { operation } }" + " ".repeat(40_000));
            Map<String, Object> tooLong = ws.next();
            assertEquals("error", tooLong.get("type"), tooLong::toString);
            assertEquals("LIMIT_EXCEEDED", code(tooLong.get("payload")), tooLong::toString);

            ws.send(Map.of("type", "ping")); // the connection survives refused documents
            assertEquals("pong", ws.next().get("type"));
        }
    }

    @SuppressWarnings("unchecked")
    private static String code(Object errors) {
        Map<String, Object> first = ((List<Map<String, Object>>) errors).get(0);
        return (String) ((Map<String, Object>) first.get("extensions")).get("code");
    }
}
