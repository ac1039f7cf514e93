package org.statementatlas.graphql.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.statementatlas.graphql.GraphQL.ok;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.Editor;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With atlas.read-only=true (the serverless default), every mutation is refused before it runs; reads work. */
@QuarkusTest
@TestProfile(ReadOnlyModeTest.ReadOnly.class)
class ReadOnlyModeTest {

    /** The test profile plus atlas.read-only=true. */
    public static class ReadOnly implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("atlas.read-only", "true");
        }
    }

    @Test
    void mutationIsRefusedWithForbiddenAndNeverRuns() {
        String slug = Editor.uniqueSlug("read-only");
        Editor.mutate("mutation Write($in: CreateStatementInput!) { createStatement(input: $in) { statement { id } } }",
                "in", Map.of("title", "Never written", "slug", slug, "kind", "JOINT_STATEMENT", "issuedOn", "2024-01-01"))
                .body("$", hasKey("data"))
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].message", containsString("read-only"))
                .body("errors[0].extensions.code", is("FORBIDDEN"));
        ok("query($slug: String) { statement(slug: $slug) { id } }", "slug", slug).body("data.statement", nullValue());
    }

    @Test
    void queriesStillWork() {
        ok("{ country(code: \"JP\") { name } }").body("data.country.name", is("Japan"));
    }

    @Test
    void aQueryPickedByOperationNameFromADocumentWithAMutationRuns() {
        given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query",
                        "query Read { country(code: \"JP\") { code } } mutation Write { deleteStatement(input: {id: \"x\"}) { deletedId } }",
                        "operationName", "Read"))
                .when().post("/graphql")
                .then().log().ifValidationFails().statusCode(200)
                .body("errors", nullValue())
                .body("data.country.code", is("JP"));
    }
}
