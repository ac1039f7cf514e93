package org.statementatlas.changelog;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.statementatlas.graphql.Editor.input;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.Editor;
import org.statementatlas.graphql.GraphQL;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/** The change log: newest first, filterable, read-only, and written in the same transaction as the change. */
@QuarkusTest
class ChangeLogTest {

    @Inject
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    @Inject
    DataVersion dataVersion;

    @Test
    void historyOfOneObjectPagesNewestFirstWithBeforeAndAfter() {
        String id = Editor.createStatement(Editor.uniqueSlug("history"), "2024-03-01");
        try {
            for (int version = 0; version < 3; version++) {
                Editor.ok("mutation($in: UpdateStatementInput!) { updateStatement(input: $in) { statement { id } } }",
                        "in", input("id", id, "expectedVersion", version, "title", "Title " + (version + 1)));
            }
            var page = GraphQL.ok("""
                    query($id: ID) { changes(entity: "Statement", entityId: $id, first: 2) {
                      totalCount nodes { operation actor before after changedAt } pageInfo { hasNextPage endCursor } } }""",
                    "id", id)
                    .body("data.changes.totalCount", equalTo(4))
                    .body("data.changes.nodes.operation", contains("updateStatement", "updateStatement"))
                    .body("data.changes.nodes[0].actor", equalTo("dev-editor"))
                    .body("data.changes.nodes[0].changedAt", notNullValue())
                    .body("data.changes.pageInfo.hasNextPage", equalTo(true)).extract();
            Map<String, Object> newest = page.path("data.changes.nodes[0]");
            assertEquals(true, ((String) newest.get("before")).contains("\"title\":\"Title 2\""));
            assertEquals(true, ((String) newest.get("after")).contains("\"title\":\"Title 3\""));
            GraphQL.ok(
                    "query($id: ID, $after: String) { changes(entityId: $id, after: $after) { nodes { operation before } } }",
                    "id", id, "after", page.path("data.changes.pageInfo.endCursor"))
                    .body("data.changes.nodes.operation", contains("updateStatement", "createStatement"))
                    .body("data.changes.nodes[1].before", nullValue());
        } finally {
            Editor.deleteStatement(id);
        }
    }

    @Test
    void theApiHasNoWayToEditTheLog() {
        List<String> mutations = GraphQL.ok("{ __schema { mutationType { fields { name } } } }").extract()
                .path("data.__schema.mutationType.fields.name");
        assertTrue(mutations.containsAll(List.of("createStatement", "updateStatement", "deleteStatement",
                "addSignatories", "removeSignatory", "createCountryGroup", "setGroupMembers", "linkArticleToStatement",
                "unlinkArticle", "deleteSourceArticle", "ingestArticle")), mutations::toString);
        assertTrue(mutations.stream().noneMatch(m -> m.toLowerCase(Locale.ROOT).contains("change")), mutations::toString);
    }

    /**
     * The change-log entry is each mutation's last step. A failure injected right after it (entry and change
     * already flushed to the database) must roll back both: no trace in any table.
     */
    @Test
    void aMutationThatFailsInItsLastStepLeavesNoTrace() {
        String id = Editor.createStatement(Editor.uniqueSlug("doomed"), "2024-03-01");
        try {
            assertNoTraceOfFailedWrites(id);
        } finally {
            Editor.deleteStatement(id);
        }
    }

    /** Each committed write moves the data version on before its answer; a refused or failed one does not. */
    @Test
    void theDataVersionAdvancesOnCommitOnly() {
        long start = dataVersion.current();
        String id = Editor.createStatement(Editor.uniqueSlug("versioned"), "2024-03-01");
        try {
            assertEquals(start + 1, dataVersion.current());
            Editor.mutate("mutation($in: UpdateStatementInput!) { updateStatement(input: $in) { statement { id } } }",
                    "in", input("id", id, "expectedVersion", 7, "title", "Stale"))
                    .body("errors[0].extensions.code", equalTo("CONFLICT"));
            assertEquals(start + 1, dataVersion.current());
        } finally {
            Editor.deleteStatement(id);
        }
        assertEquals(start + 2, dataVersion.current());
    }

    private void assertNoTraceOfFailedWrites(String id) {
        String slug = Editor.uniqueSlug("never");
        Map<String, Long> before = Editor.rowCounts(em);
        long version = dataVersion.current();
        ChangeLog real = ClientProxy.unwrap(changeLog);
        QuarkusMock.installMockForType(new FailingChangeLog(real, em), ChangeLog.class);
        try {
            Editor.mutate("mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id } } }",
                    "in", input("title", "Never", "slug", slug, "kind", "JOINT_STATEMENT", "issuedOn", "2024-03-01"))
                    .body("data", nullValue()).body("errors.size()", equalTo(1));
            Editor.mutate("mutation($in: AddSignatoriesInput!) { addSignatories(input: $in) { statement { id } } }",
                    "in", input("statementId", id, "countryCodes", List.of("US", "MK"), "firstListedOn", "2024-03-01"))
                    .body("data", nullValue()).body("errors.size()", equalTo(1));
        } finally {
            QuarkusMock.installMockForType(real, ChangeLog.class);
        }
        assertEquals(before, Editor.rowCounts(em));
        assertEquals(version, dataVersion.current(), "a rolled-back write must not announce itself");
        GraphQL.ok("query($slug: String, $id: ID) { statement(slug: $slug) { id }"
                + " s: statement(id: $id) { version signatoryCount } changes(entityId: $id) { totalCount } }",
                "slug", slug, "id", id)
                .body("data.statement", nullValue())
                .body("data.s.version", equalTo(0))
                .body("data.s.signatoryCount", equalTo(0))
                .body("data.changes.totalCount", equalTo(1));
    }
}
