package org.statementatlas.graphql;

import static org.hamcrest.Matchers.nullValue;
import static org.statementatlas.graphql.GraphQL.queryAs;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.restassured.response.ValidatableResponse;

/**
 * Writes for tests, with the tokens that application.properties documents for the test profile. Tests that
 * write create their own rows (unique slugs and codes) and delete what the dataset tests count.
 */
public final class Editor {

    /** Plaintext of the test profile's editor token (its SHA-256 is in application.properties). */
    public static final String TOKEN = "atlas-dev-editor-token";
    /** Plaintext of the test profile's token without the editor role. */
    public static final String READER_TOKEN = "atlas-dev-reader-token";

    private Editor() {
    }

    /** Sends a mutation with the editor token. */
    public static ValidatableResponse mutate(String mutation, Object... variables) {
        return queryAs(TOKEN, mutation, variables);
    }

    /** Sends a mutation with the editor token; it must succeed. */
    public static ValidatableResponse ok(String mutation, Object... variables) {
        return mutate(mutation, variables).body("errors", nullValue());
    }

    /** A slug no other test uses. */
    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a joint statement issued on the given day; returns its global id. */
    public static String createStatement(String slug, String issuedOn) {
        return ok("mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id } } }",
                "in", Map.of("title", "Test statement " + slug, "slug", slug, "kind", "JOINT_STATEMENT",
                        "issuedOn", issuedOn))
                .extract().path("data.createStatement.statement.id");
    }

    /** Deletes a statement a test created (with force, so links made by the test go too). */
    public static void deleteStatement(String id) {
        ok("mutation($in: DeleteStatementInput!) { deleteStatement(input: $in) { deletedId } }",
                "in", Map.of("id", id, "force", true));
    }

    /** Input map with null-valued entries allowed, in the order given. */
    public static Map<String, Object> input(Object... entries) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            map.put((String) entries[i], entries[i + 1]);
        }
        return map;
    }

    /** Number of change-log entries for one object. */
    public static int changeCount(String entityId) {
        return GraphQL.ok("query($id: ID) { changes(entityId: $id) { totalCount } }", "id", entityId).extract()
                .path("data.changes.totalCount");
    }

    /** Rows in every application table, to prove that a refused write left no trace anywhere. */
    @SuppressWarnings("unchecked")
    public static Map<String, Long> rowCounts(EntityManager em) {
        Map<String, Long> counts = new HashMap<>();
        List<String> tables = em.createNativeQuery("select table_name from information_schema.tables"
                + " where table_schema = 'PUBLIC' and table_name <> 'flyway_schema_history'").getResultList();
        for (String table : tables) {
            counts.put(table, ((Number) em.createNativeQuery("select count(*) from \"" + table + "\"")
                    .getSingleResult()).longValue());
        }
        return counts;
    }
}
