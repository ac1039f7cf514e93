package org.statementatlas.security;

import static java.util.Map.entry;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.statementatlas.graphql.Editor.input;
import static org.statementatlas.graphql.GraphQL.queryAs;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.statementatlas.article.TestArticles;
import org.statementatlas.graphql.Editor;
import org.statementatlas.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every mutation is closed to anonymous callers, to wrong tokens and to tokens without the editor role, and
 * open to the editor token, which leaves one change-log entry per write.
 */
@QuarkusTest
class MutationAuthTest {

    /** A syntactically valid global id of nothing; authentication is checked before any lookup. */
    private static final String NO_ID = "U3RhdGVtZW50Ojk5OTk5OQ";

    static final Map<String, Map<String, Object>> MUTATIONS = Map.ofEntries(
            entry("createStatement",
                    input("title", "T", "slug", "auth-check", "kind", "JOINT_STATEMENT", "issuedOn", "2024-03-01")),
            entry("updateStatement", input("id", NO_ID, "expectedVersion", 0, "title", "T")),
            entry("deleteStatement", input("id", NO_ID)),
            entry("addSignatories", input("statementId", NO_ID, "countryCodes", List.of("MK"), "firstListedOn", "2024-03-01")),
            entry("removeSignatory", input("statementId", NO_ID, "countryCode", "MK")),
            entry("setSignatoryDisputed", input("statementId", NO_ID, "countryCode", "MK", "disputed", true)),
            entry("createCountryGroup", input("code", "AUTHCHECK", "name", "Auth check", "countryCodes", List.of())),
            entry("setGroupMembers", input("groupCode", "G7", "countryCodes", List.of(), "expectedVersion", 0)),
            entry("linkArticleToStatement", input("articleId", NO_ID, "statementId", NO_ID)),
            entry("unlinkArticle", input("articleId", NO_ID, "statementId", NO_ID)),
            entry("deleteSourceArticle", input("id", NO_ID)),
            entry("addMention", input("articleId", NO_ID, "expectedVersion", 0, "countryCode", "MK", "start", 0, "end", 1)),
            entry("removeMention", input("articleId", NO_ID, "expectedVersion", 0, "countryCode", "MK")),
            entry("addClaim", input("articleId", NO_ID, "expectedVersion", 0, "value", 1, "counts", "COUNTRIES",
                    "phrase", "one country")),
            entry("updateClaim", input("claimId", NO_ID, "expectedVersion", 0, "value", 1, "counts", "COUNTRIES")),
            entry("removeClaim", input("claimId", NO_ID, "expectedVersion", 0)),
            entry("setPublicationDate", input("articleId", NO_ID, "expectedVersion", 0, "datePrecision", "UNKNOWN")),
            entry("setLinkedStatement", input("articleId", NO_ID, "expectedVersion", 0)),
            entry("ingestArticle", input("text", "Ten nations condemned the transfers on Tuesday.")));

    @Inject
    EntityManager em;

    static Stream<Arguments> refusals() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String mutation : MUTATIONS.keySet().stream().sorted().toList()) {
            cases.add(Arguments.of(mutation, null, "UNAUTHENTICATED"));
            cases.add(Arguments.of(mutation, "not-a-configured-token", "UNAUTHENTICATED"));
            cases.add(Arguments.of(mutation, Editor.TOKEN.toUpperCase(), "UNAUTHENTICATED"));
            cases.add(Arguments.of(mutation, Editor.READER_TOKEN, "FORBIDDEN"));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0} with token {1}: {2}")
    @MethodSource("refusals")
    void mutationIsRefusedAndWritesNothing(String mutation, String token, String code) {
        Map<String, Long> before = Editor.rowCounts(em);
        queryAs(token, "mutation($in: " + inputType(mutation) + "!) { " + mutation + "(input: $in) { __typename } }",
                "in", MUTATIONS.get(mutation))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].path[0]", equalTo(mutation));
        assertEquals(before, Editor.rowCounts(em));
    }

    @Test
    void anotherAuthorizationSchemeIsUnauthenticated() {
        io.restassured.RestAssured.given().contentType("application/json")
                .header("Authorization", "Basic ZGV2OmRldg==")
                .body(Map.of("query", "mutation { deleteStatement(input: {id: \"" + NO_ID + "\"}) { deletedId } }"))
                .when().post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void readsStayPublicWhateverTheToken() {
        for (String token : new String[]{null, "not-a-configured-token", Editor.READER_TOKEN}) {
            queryAs(token, "{ country(code: \"JP\") { name } }").body("errors", nullValue())
                    .body("data.country.name", equalTo("Japan"));
        }
    }

    @Test
    void everyMutationSucceedsWithTheEditorTokenAndIsLogged() {
        String slug = Editor.uniqueSlug("auth-lifecycle");
        String groupCode = "T" + slug.substring(slug.length() - 8).toUpperCase();
        String article = TestArticles.insert();
        int total = totalChanges();

        String statement = logged(total + 1, "createStatement", "Statement", () -> Editor.createStatement(slug, "2024-03-01"));
        logged(total + 2, "updateStatement", "Statement", () -> Editor.ok(
                "mutation($in: UpdateStatementInput!) { updateStatement(input: $in) { statement { id } } }",
                "in", input("id", statement, "expectedVersion", 0, "summary", "Changed")).extract()
                .path("data.updateStatement.statement.id"));
        logged(total + 3, "addSignatories", "Statement", () -> Editor.ok(
                "mutation($in: AddSignatoriesInput!) { addSignatories(input: $in) { statement { id } } }",
                "in", input("statementId", statement, "countryCodes", List.of("TV", "NR"), "firstListedOn", "2024-03-01"))
                .extract().path("data.addSignatories.statement.id"));
        logged(total + 4, "removeSignatory", "Statement", () -> Editor.ok(
                "mutation($in: RemoveSignatoryInput!) { removeSignatory(input: $in) { statement { id } } }",
                "in", input("statementId", statement, "countryCode", "NR")).extract()
                .path("data.removeSignatory.statement.id"));
        String group = logged(total + 5, "createCountryGroup", "CountryGroup", () -> Editor.ok(
                "mutation($in: CreateCountryGroupInput!) { createCountryGroup(input: $in) { group { id } } }",
                "in", input("code", groupCode, "name", "Test group", "countryCodes", List.of("TV"))).extract()
                .path("data.createCountryGroup.group.id"));
        logged(total + 6, "setGroupMembers", "CountryGroup", () -> Editor.ok(
                "mutation($in: SetGroupMembersInput!) { setGroupMembers(input: $in) { group { id } } }",
                "in", input("groupCode", groupCode, "countryCodes", List.of("TV", "NR"), "expectedVersion", 0))
                .extract().path("data.setGroupMembers.group.id"));
        assertEquals(group, latest().get("entityId"));
        logged(total + 7, "linkArticleToStatement", "SourceArticle", () -> Editor.ok(
                "mutation($in: LinkArticleInput!) { linkArticleToStatement(input: $in) { article { id } } }",
                "in", input("articleId", article, "statementId", statement)).extract()
                .path("data.linkArticleToStatement.article.id"));
        logged(total + 8, "unlinkArticle", "SourceArticle", () -> Editor.ok(
                "mutation($in: UnlinkArticleInput!) { unlinkArticle(input: $in) { article { id } } }",
                "in", input("articleId", article, "statementId", statement)).extract()
                .path("data.unlinkArticle.article.id"));
        logged(total + 9, "deleteSourceArticle", "SourceArticle", () -> Editor.ok(
                "mutation($in: DeleteSourceArticleInput!) { deleteSourceArticle(input: $in) { deletedId } }",
                "in", input("id", article)).extract().path("data.deleteSourceArticle.deletedId"));
        logged(total + 10, "deleteStatement", "Statement", () -> Editor.ok(
                "mutation($in: DeleteStatementInput!) { deleteStatement(input: $in) { deletedId } }",
                "in", input("id", statement)).extract().path("data.deleteStatement.deletedId"));
        assertEquals("dev-editor", latest().get("actor"));
    }

    /** Runs a write that returns the id of what it changed, and checks the newest change-log entry is its own. */
    private static String logged(int expectedTotal, String operation, String entity,
            java.util.function.Supplier<String> write) {
        String id = write.get();
        assertEquals(expectedTotal, totalChanges(), operation + " writes one change-log entry");
        Map<String, Object> entry = latest();
        assertEquals(operation, entry.get("operation"));
        assertEquals(entity, entry.get("entity"));
        assertEquals(id, entry.get("entityId"));
        return id;
    }

    private static int totalChanges() {
        return GraphQL.ok("{ changes { totalCount } }").extract().path("data.changes.totalCount");
    }

    private static Map<String, Object> latest() {
        return GraphQL.ok("{ changes(first: 1) { nodes { operation entity entityId actor } } }").extract()
                .path("data.changes.nodes[0]");
    }

    private static String inputType(String mutation) {
        return switch (mutation) {
            case "linkArticleToStatement" -> "LinkArticleInput";
            case "unlinkArticle" -> "UnlinkArticleInput";
            default -> Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Input";
        };
    }
}
