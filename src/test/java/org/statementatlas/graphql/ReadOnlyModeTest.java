package org.statementatlas.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.statementatlas.graphql.GraphQL.ok;
import static org.statementatlas.graphql.GraphQL.query;

import java.util.Map;

import org.junit.jupiter.api.Test;

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
        int before = ReadOnlyProbeApi.CALLS.get();
        query("mutation Write { testOnlyProbeWrite }")
                .body("$", hasKey("data"))
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].message", containsString("read-only"))
                .body("errors[0].extensions.code", is("FORBIDDEN"));
        assertEquals(before, ReadOnlyProbeApi.CALLS.get(), "the mutation resolver ran");
    }

    @Test
    void queriesStillWork() {
        ok("{ country(code: \"JP\") { name } }").body("data.country.name", is("Japan"));
    }

    @Test
    void aQueryPickedByOperationNameFromADocumentWithAMutationRuns() {
        given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", "query Read { country(code: \"JP\") { code } } mutation Write { testOnlyProbeWrite }",
                        "operationName", "Read"))
                .when().post("/graphql")
                .then().log().ifValidationFails().statusCode(200)
                .body("errors", nullValue())
                .body("data.country.code", is("JP"));
    }
}
