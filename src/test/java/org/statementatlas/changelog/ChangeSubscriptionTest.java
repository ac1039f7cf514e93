package org.statementatlas.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.statementatlas.graphql.Editor.input;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.Editor;
import org.statementatlas.graphql.GraphQLWs;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/** The changes subscription over graphql-transport-ws: filters, and events for committed writes only. */
@QuarkusTest
class ChangeSubscriptionTest {

    @Inject
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    private static final String CHANGES = """
            subscription($entity: String, $id: ID) { changes(entity: $entity, entityId: $id) {
              id operation entity entityId actor before after } }""";
    private static final String UPDATE = "mutation($in: UpdateStatementInput!) { updateStatement(input: $in) { statement { id } } }";

    @Test
    void filtersByEntityAndByObject() {
        String first = Editor.createStatement(Editor.uniqueSlug("sub-filter"), "2024-03-01");
        String second = Editor.createStatement(Editor.uniqueSlug("sub-filter"), "2024-03-02");
        try (GraphQLWs ws = GraphQLWs.connect()) {
            ws.subscribe("one", CHANGES, "entity", "Statement", "id", first);
            ws.subscribe("groups", CHANGES, "entity", "CountryGroup");
            ws.subscribe("all", CHANGES);
            ws.expectSilence(Duration.ofMillis(300)); // subscriptions registered before the writes below
            Editor.ok(UPDATE, "in", input("id", second, "expectedVersion", 0, "title", "Second, retitled"));
            Editor.ok(UPDATE, "in", input("id", first, "expectedVersion", 0, "title", "First, retitled"));

            Map<String, Map<String, Object>> seen = new java.util.HashMap<>();
            List<String> allIds = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Map<String, Object> message = ws.next();
                assertEquals("next", message.get("type"), message::toString);
                Map<String, Object> change = change(message);
                if ("all".equals(message.get("id"))) {
                    allIds.add((String) change.get("entityId"));
                } else {
                    seen.put((String) message.get("id"), change);
                }
            }
            assertEquals(List.of(second, first), allIds, "unfiltered subscribers see every write, in commit order");
            Map<String, Object> one = seen.get("one");
            assertEquals(first, one.get("entityId"));
            assertEquals("updateStatement", one.get("operation"));
            assertEquals("Statement", one.get("entity"));
            assertEquals("dev-editor", one.get("actor"));
            assertEquals(true, ((String) one.get("after")).contains("First, retitled"));
            ws.expectSilence(Duration.ofMillis(300)); // nothing for "groups", nothing more for "one"
        } finally {
            Editor.deleteStatement(first);
            Editor.deleteStatement(second);
        }
    }

    @Test
    void failedWritesAreNeverAnnounced() {
        String id = Editor.createStatement(Editor.uniqueSlug("sub-rollback"), "2024-03-03");
        try (GraphQLWs ws = GraphQLWs.connect()) {
            ws.subscribe("s", CHANGES, "id", id);
            expectSilenceButTheCreation(ws, Duration.ofMillis(300));
            Editor.mutate(UPDATE, "in", input("id", id, "expectedVersion", 7, "title", "Stale"))
                    .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("CONFLICT"));
            Editor.mutate("mutation($in: AddSignatoriesInput!) { addSignatories(input: $in) { statement { id } } }",
                    "in", input("statementId", id, "countryCodes", List.of("JP", "XQ"), "firstListedOn", "2024-03-03"))
                    .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_USER_INPUT"));
            // Entry written and flushed, event fired, then the transaction rolls back.
            ChangeLog real = ClientProxy.unwrap(changeLog);
            QuarkusMock.installMockForType(new FailingChangeLog(real, em), ChangeLog.class);
            try {
                Editor.mutate(UPDATE, "in", input("id", id, "expectedVersion", 0, "title", "Rolled back"))
                        .body("data", org.hamcrest.Matchers.nullValue());
            } finally {
                QuarkusMock.installMockForType(real, ChangeLog.class);
            }
            expectSilenceButTheCreation(ws, Duration.ofMillis(500));
            Editor.ok(UPDATE, "in", input("id", id, "expectedVersion", 0, "title", "Committed"));
            Map<String, Object> change = change(ws.next());
            while ("createStatement".equals(change.get("operation"))) {
                change = change(ws.next());
            }
            assertEquals("updateStatement", change.get("operation"));
            assertEquals(true, ((String) change.get("before")).contains("Test statement"), change::toString);
            assertEquals(true, ((String) change.get("after")).contains("Committed"));
        } finally {
            Editor.deleteStatement(id);
        }
    }

    /**
     * Asserts nothing is announced for this long but the statement's own creation: it was written before the
     * subscription opened, and on a busy machine its announcement can still arrive after that.
     */
    private static void expectSilenceButTheCreation(GraphQLWs ws, Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        for (long left = duration.toNanos(); left > 0; left = end - System.nanoTime()) {
            Map<String, Object> message = ws.poll(Duration.ofNanos(left));
            if (message != null) {
                assertEquals("createStatement", change(message).get("operation"), "only the creation: " + message);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> change(Map<String, Object> message) {
        assertEquals("next", message.get("type"), message::toString);
        Map<String, Object> payload = (Map<String, Object>) message.get("payload");
        assertEquals(null, payload.get("errors"), payload::toString);
        return (Map<String, Object>) ((Map<String, Object>) payload.get("data")).get("changes");
    }
}
