package org.statementatlas.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.statementatlas.graphql.Editor.input;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.Editor;
import org.statementatlas.graphql.GraphQLWs;

import io.quarkus.test.junit.QuarkusTest;

/** statementUpdated: a page following one statement sees its edits and signatures, then its deletion. */
@QuarkusTest
class StatementUpdatedTest {

    private static final String FOLLOW = """
            subscription($slug: String!) { statementUpdated(slug: $slug) {
              deleted signatoryCount change { operation entityId }
              statement { id slug title version issuedOn } } }""";

    @Test
    void followsEditsAndSignaturesUntilDeletion() {
        String slug = Editor.uniqueSlug("followed");
        String id = Editor.createStatement(slug, "2024-04-01");
        String other = Editor.createStatement(Editor.uniqueSlug("unfollowed"), "2024-04-01");
        try (GraphQLWs ws = GraphQLWs.connect()) {
            ws.subscribe("page", FOLLOW, "slug", slug);
            ws.expectSilence(Duration.ofMillis(300));
            Editor.ok("mutation($in: UpdateStatementInput!) { updateStatement(input: $in) { statement { id } } }",
                    "in", input("id", other, "expectedVersion", 0, "title", "Not followed"));
            Editor.ok("mutation($in: AddSignatoriesInput!) { addSignatories(input: $in) { statement { id } } }",
                    "in", input("statementId", id, "countryCodes", List.of("JP", "FR"), "firstListedOn", "2024-04-02"));
            Map<String, Object> signed = update(ws);
            assertEquals(false, signed.get("deleted"));
            assertEquals("addSignatories", ((Map<?, ?>) signed.get("change")).get("operation"));
            Map<?, ?> statement = (Map<?, ?>) signed.get("statement");
            assertEquals(id, statement.get("id"));
            assertEquals(1, statement.get("version"));
            assertEquals("2024-04-01", statement.get("issuedOn"));
            assertEquals(2, signed.get("signatoryCount"));

            String renamed = Editor.uniqueSlug("renamed");
            Editor.ok("mutation($in: UpdateStatementInput!) { updateStatement(input: $in) { statement { id } } }",
                    "in", input("id", id, "expectedVersion", 1, "title", "Retitled", "slug", renamed));
            Map<?, ?> retitled = (Map<?, ?>) update(ws).get("statement");
            assertEquals("Retitled", retitled.get("title"));
            assertEquals(renamed, retitled.get("slug"), "followed by id, so a new slug does not end it");

            Editor.deleteStatement(id);
            Map<String, Object> deleted = update(ws);
            assertEquals(true, deleted.get("deleted"));
            assertEquals(null, deleted.get("statement"));
            assertEquals("deleteStatement", ((Map<?, ?>) deleted.get("change")).get("operation"));
            Map<String, Object> complete = ws.next();
            assertEquals("complete", complete.get("type"), complete::toString);
            assertEquals("page", complete.get("id"));
        } finally {
            Editor.deleteStatement(other);
            Editor.mutate("mutation($in: DeleteStatementInput!) { deleteStatement(input: $in) { deletedId } }",
                    "in", Map.of("id", id, "force", true));
        }
    }

    @Test
    void anUnknownSlugIsNotFound() {
        try (GraphQLWs ws = GraphQLWs.connect()) {
            ws.subscribe("x", FOLLOW, "slug", "no-such-statement");
            Map<String, Object> payload = ws.nextPayload("x");
            assertEquals(null, ((Map<?, ?>) payload.get("data")).get("statementUpdated"));
            assertEquals("NOT_FOUND", code(payload.get("errors")), payload::toString);
            assertEquals("complete", ws.next().get("type"));
        }
    }

    @SuppressWarnings("unchecked")
    static String code(Object errors) {
        Map<String, Object> first = ((List<Map<String, Object>>) errors).get(0);
        return (String) ((Map<String, Object>) first.get("extensions")).get("code");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> update(GraphQLWs ws) {
        Map<String, Object> payload = ws.nextPayload("page");
        assertEquals(null, payload.get("errors"), payload::toString);
        return (Map<String, Object>) ((Map<String, Object>) payload.get("data")).get("statementUpdated");
    }
}
