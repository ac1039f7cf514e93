package org.statementatlas.statement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.statementatlas.graphql.Editor.input;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.Editor;
import org.statementatlas.graphql.GraphQL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Statement writes: each validation rule refuses the whole write and leaves every table as it was; stale
 * versions conflict; signatures are dated. Each test works on statements of its own and deletes them.
 */
@QuarkusTest
class StatementMutationsTest {

    private static final String CREATE = "mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id slug version } } }";
    private static final String UPDATE = "mutation($in: UpdateStatementInput!) { updateStatement(input: $in) { statement { id version title } } }";
    private static final String ADD = "mutation($in: AddSignatoriesInput!) { addSignatories(input: $in) { statement { signatoryCount version } } }";
    private static final String REMOVE = "mutation($in: RemoveSignatoryInput!) { removeSignatory(input: $in) { statement { signatoryCount } } }";
    private static final String DISPUTE = "mutation($in: SetSignatoryDisputedInput!) { setSignatoryDisputed(input: $in) { statement { version } signatory { country { code } disputed note } } }";
    private static final String DELETE = "mutation($in: DeleteStatementInput!) { deleteStatement(input: $in) { deletedId removedSignatories unlinkedArticleIds } }";

    @Inject
    EntityManager em;

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deleteOwnStatements() {
        // The dataset tests count statements: leave none behind.
        created.forEach(id -> {
            if (GraphQL.ok("query($id: ID) { statement(id: $id) { id } }", "id", id).extract()
                    .path("data.statement") != null) {
                Editor.deleteStatement(id);
            }
        });
    }

    private String newStatement(String issuedOn) {
        String id = Editor.createStatement(Editor.uniqueSlug("test"), issuedOn);
        created.add(id);
        return id;
    }

    @Test
    void createReturnsIdSlugAndVersionZero() {
        String slug = Editor.uniqueSlug("created");
        var response = Editor.ok(CREATE, "in", input("title", "Joint statement on testing", "slug", slug,
                "kind", "JOINT_STATEMENT", "issuedOn", "2024-03-01", "summary", "Tested."))
                .body("data.createStatement.statement.slug", equalTo(slug))
                .body("data.createStatement.statement.version", equalTo(0));
        created.add(response.extract().path("data.createStatement.statement.id"));
        GraphQL.ok("query($slug: String) { statement(slug: $slug) { title issuedOn summary signatoryCount } }",
                "slug", slug)
                .body("data.statement.issuedOn", equalTo("2024-03-01"))
                .body("data.statement.summary", equalTo("Tested."))
                .body("data.statement.signatoryCount", equalTo(0));
    }

    @Test
    void northMacedoniaListedADayLaterCountsFromThatDay() {
        String id = newStatement("2024-03-01");
        Editor.ok(ADD, "in", input("statementId", id, "countryCodes", List.of("US", "JP"), "firstListedOn", "2024-03-01"));
        Editor.ok(ADD, "in", input("statementId", id, "countryCodes", List.of("mk"), "firstListedOn", "2024-03-02",
                "sourceUrl", "https://www.state.gov/example"))
                .body("data.addSignatories.statement.signatoryCount", equalTo(3));
        GraphQL.ok("""
                query($id: ID) { statement(id: $id) {
                  day1: signatoryCount(asOf: "2024-03-01") day2: signatoryCount(asOf: "2024-03-02")
                  before: signatoryCount(asOf: "2024-02-29")
                  first: signatories(asOf: "2024-03-01") { country { code } }
                  all: signatories { country { code name } firstListedOn sourceUrl } } }""", "id", id)
                .body("data.statement.before", equalTo(0))
                .body("data.statement.day1", equalTo(2))
                .body("data.statement.day2", equalTo(3))
                .body("data.statement.first.country.code", contains("JP", "US"))
                .body("data.statement.all.find { it.country.code == 'MK' }.country.name", equalTo("North Macedonia"))
                .body("data.statement.all.find { it.country.code == 'MK' }.firstListedOn", equalTo("2024-03-02"))
                .body("data.statement.all.find { it.country.code == 'MK' }.sourceUrl",
                        equalTo("https://www.state.gov/example"));
        Editor.ok(REMOVE, "in", input("statementId", id, "countryCode", "MK"))
                .body("data.removeSignatory.statement.signatoryCount", equalTo(2));
    }

    @Test
    void aSignatoryIsMarkedDisputedAndClearedWithAVersionAndAChangeLogEntryEachTime() {
        String id = newStatement("2024-03-01");
        Editor.ok(ADD, "in", input("statementId", id, "countryCodes", List.of("US", "JP"), "firstListedOn", "2024-03-01"));
        Editor.ok(DISPUTE, "in", input("statementId", id, "countryCode", "jp", "disputed", true, "expectedVersion", 1,
                "note", "  Only the State Department's list has it. "))
                .body("data.setSignatoryDisputed.statement.version", equalTo(2))
                .body("data.setSignatoryDisputed.signatory.country.code", equalTo("JP"))
                .body("data.setSignatoryDisputed.signatory.disputed", equalTo(true))
                .body("data.setSignatoryDisputed.signatory.note", equalTo("Only the State Department's list has it."));
        GraphQL.ok("query($id: ID) { statement(id: $id) { signatories { country { code } disputed } } }", "id", id)
                .body("data.statement.signatories.findAll { it.disputed }.country.code", contains("JP"));
        GraphQL.ok("query($id: ID!) { changes(entityId: $id, first: 1) { nodes { operation before after } } }", "id", id)
                .body("data.changes.nodes[0].operation", equalTo("setSignatoryDisputed"))
                .body("data.changes.nodes[0].before", containsString("\"disputed\":false"))
                .body("data.changes.nodes[0].after", containsString("\"disputed\":true"));
        Editor.ok(DISPUTE, "in", input("statementId", id, "countryCode", "JP", "disputed", false))
                .body("data.setSignatoryDisputed.statement.version", equalTo(3))
                .body("data.setSignatoryDisputed.signatory.disputed", equalTo(false))
                .body("data.setSignatoryDisputed.signatory.note", nullValue());
    }

    @Test
    void disputingANonSignatoryOrFromAStaleVersionWritesNothing() {
        String id = newStatement("2024-03-01");
        Editor.ok(ADD, "in", input("statementId", id, "countryCodes", List.of("US"), "firstListedOn", "2024-03-01"));
        Map<String, Long> before = Editor.rowCounts(em);
        Editor.mutate(DISPUTE, "in", input("statementId", id, "countryCode", "FR", "disputed", true))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", containsString("FR is not a signatory"));
        Editor.mutate(DISPUTE, "in", input("statementId", id, "countryCode", "US", "disputed", true, "expectedVersion", 0))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.currentVersion", equalTo(1));
        Editor.mutate(DISPUTE, "in", input("statementId", id, "countryCode", "XX", "disputed", true))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        assertEquals(before, Editor.rowCounts(em));
        GraphQL.ok("query($id: ID) { statement(id: $id) { version signatories { disputed } } }", "id", id)
                .body("data.statement.version", equalTo(1))
                .body("data.statement.signatories[0].disputed", equalTo(false));
    }

    @Test
    void staleExpectedVersionIsConflictWithTheCurrentVersion() {
        String id = newStatement("2024-03-01");
        Editor.ok(UPDATE, "in", input("id", id, "expectedVersion", 0, "title", "First edit"))
                .body("data.updateStatement.statement.version", equalTo(1));
        Map<String, Long> before = Editor.rowCounts(em);
        Editor.mutate(UPDATE, "in", input("id", id, "expectedVersion", 0, "title", "Second edit from a stale read"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.currentVersion", equalTo(1));
        assertEquals(before, Editor.rowCounts(em));
        GraphQL.ok("query($id: ID) { statement(id: $id) { title version } }", "id", id)
                .body("data.statement.title", equalTo("First edit"))
                .body("data.statement.version", equalTo(1));
    }

    @Test
    void twoConcurrentUpdatesFromTheSameVersionExactlyOneWins() throws Exception {
        String id = newStatement("2024-03-01");
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<JsonNode>> answers = new ArrayList<>();
        for (String title : List.of("Editor A's title", "Editor B's title")) {
            String body = json.writeValueAsString(Map.of("query", UPDATE,
                    "variables", Map.of("in", input("id", id, "expectedVersion", 0, "title", title))));
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/graphql"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + Editor.TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return json.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        List<JsonNode> results = answers.stream().map(CompletableFuture::join).toList();
        List<JsonNode> won = results.stream().filter(r -> !r.has("errors")).toList();
        List<JsonNode> lost = results.stream().filter(r -> r.has("errors")).toList();
        assertEquals(1, won.size(), () -> "exactly one update wins: " + results);
        assertEquals(1, lost.size(), () -> "exactly one update loses: " + results);
        assertEquals("CONFLICT", lost.get(0).at("/errors/0/extensions/code").asText());
        assertEquals(1, lost.get(0).at("/errors/0/extensions/currentVersion").asInt());
        String winner = won.get(0).at("/data/updateStatement/statement/title").asText();
        GraphQL.ok("query($id: ID) { statement(id: $id) { title version } }", "id", id)
                .body("data.statement.title", equalTo(winner))
                .body("data.statement.version", equalTo(1));
        assertEquals(2, Editor.changeCount(id), "one entry for the create, one for the winning update");
    }

    // --- validation: one case per rule; each leaves every table as it was ---

    @Test
    void emptyTitleIsRefused() {
        refused(CREATE, input("title", "   ", "slug", Editor.uniqueSlug("t"), "kind", "JOINT_STATEMENT",
                "issuedOn", "2024-03-01"), "title");
        String id = newStatement("2024-03-01");
        refused(UPDATE, input("id", id, "expectedVersion", 0, "title", ""), "title");
    }

    @Test
    void takenSlugIsRefused() {
        refused(CREATE, input("title", "T", "slug", StatementApiTest.JANUARY, "kind", "JOINT_STATEMENT",
                "issuedOn", "2024-03-01"), "slug");
        String id = newStatement("2024-03-01");
        refused(UPDATE, input("id", id, "expectedVersion", 0, "slug", StatementApiTest.JANUARY), "slug");
    }

    @Test
    void malformedSlugIsRefused() {
        refused(CREATE, input("title", "T", "slug", "Not A Slug!", "kind", "JOINT_STATEMENT", "issuedOn", "2024-03-01"),
                "slug");
    }

    @Test
    void dateThatDoesNotExistIsRefusedWithTheFieldNamed() {
        refused(CREATE, input("title", "T", "slug", Editor.uniqueSlug("t"), "kind", "JOINT_STATEMENT",
                "issuedOn", "2024-02-30"), "issuedOn");
        refused(CREATE, input("title", "T", "slug", Editor.uniqueSlug("t"), "kind", "JOINT_STATEMENT",
                "issuedOn", "2023-02-29"), "issuedOn");
        String id = newStatement("2024-03-01");
        refused(ADD, input("statementId", id, "countryCodes", List.of("US"), "firstListedOn", "2024-04-31"),
                "firstListedOn");
        // The same date written into the query document rather than sent as a variable.
        Map<String, Long> before = Editor.rowCounts(em);
        Editor.mutate("mutation { createStatement(input: {title: \"T\", slug: \"literal-date\", kind: JOINT_STATEMENT,"
                + " issuedOn: \"2024-02-30\"}) { statement { id } } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("issuedOn"));
        assertEquals(before, Editor.rowCounts(em));
    }

    @Test
    void dateInputsAreTypedAsTheDateScalar() {
        GraphQL.ok("{ __type(name: \"CreateStatementInput\") { inputFields { name type { kind ofType { name } } } } }")
                .body("data.__type.inputFields.find { it.name == 'issuedOn' }.type.ofType.name", equalTo("Date"));
    }

    @Test
    void unknownCountryCodeIsRefused() {
        String id = newStatement("2024-03-01");
        refused(ADD, input("statementId", id, "countryCodes", List.of("US", "XX"), "firstListedOn", "2024-03-01"),
                "countryCodes");
        refused(REMOVE, input("statementId", id, "countryCode", "XX"), "countryCode");
    }

    @Test
    void duplicateSignatureIsRefused() {
        String id = newStatement("2024-03-01");
        Editor.ok(ADD, "in", input("statementId", id, "countryCodes", List.of("US"), "firstListedOn", "2024-03-01"));
        refused(ADD, input("statementId", id, "countryCodes", List.of("JP", "us"), "firstListedOn", "2024-03-02"),
                "countryCodes");
        refused(ADD, input("statementId", id, "countryCodes", List.of("JP", "jp"), "firstListedOn", "2024-03-02"),
                "countryCodes");
    }

    @Test
    void firstListedBeforeIssueIsRefused() {
        String id = newStatement("2024-03-01");
        refused(ADD, input("statementId", id, "countryCodes", List.of("US"), "firstListedOn", "2024-02-29"),
                "firstListedOn");
        Editor.ok(ADD, "in", input("statementId", id, "countryCodes", List.of("US"), "firstListedOn", "2024-03-01"));
        // Moving the issue date past a listing would make the same contradiction.
        refused(UPDATE, input("id", id, "expectedVersion", 1, "issuedOn", "2024-03-02"), "issuedOn");
    }

    @Test
    void nonHttpUrlIsRefused() {
        String id = newStatement("2024-03-01");
        for (String url : List.of("ftp://example.org/list", "javascript:alert(1)", "example.org/list", "https://")) {
            refused(ADD, input("statementId", id, "countryCodes", List.of("US"), "firstListedOn", "2024-03-01",
                    "sourceUrl", url), "sourceUrl");
        }
    }

    @Test
    void unknownOrForeignIdsAreNotFoundOrBadInput() {
        refused(UPDATE, input("id", "U3RhdGVtZW50Ojk5OTk5OQ", "expectedVersion", 0, "title", "T"), "id", "NOT_FOUND");
        String japan = GraphQL.ok("{ country(code: \"JP\") { id } }").extract().path("data.country.id");
        refused(DELETE, input("id", japan), "id");
    }

    @Test
    void deletingAReportedStatementIsConflictUnlessForced() {
        String id = newStatement("2024-01-09");
        Editor.ok(ADD, "in", input("statementId", id, "countryCodes", List.of("US", "KR"), "firstListedOn", "2024-01-09"));
        String article = GraphQL.ok("{ sourceArticle(url: \"https://www.kyivpost.com/post/26530\") { id } }").extract()
                .path("data.sourceArticle.id");
        Editor.ok("mutation($in: LinkArticleInput!) { linkArticleToStatement(input: $in) { statement { id } } }",
                "in", input("articleId", article, "statementId", id));
        Map<String, Long> before = Editor.rowCounts(em);
        Editor.mutate(DELETE, "in", input("id", id))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("data", nullValue());
        assertEquals(before, Editor.rowCounts(em));
        Editor.ok(DELETE, "in", input("id", id, "force", true))
                .body("data.deleteStatement.deletedId", equalTo(id))
                .body("data.deleteStatement.removedSignatories", contains("KR", "US"))
                .body("data.deleteStatement.unlinkedArticleIds", contains(article));
        // The article stays and still reports its own statement.
        GraphQL.ok("{ sourceArticle(url: \"https://www.kyivpost.com/post/26530\") { statements { slug } } }")
                .body("data.sourceArticle.statements.slug", contains(StatementApiTest.JANUARY));
        GraphQL.ok("query($id: ID) { changes(entityId: $id, first: 1) { nodes { operation before after } } }", "id", id)
                .body("data.changes.nodes[0].operation", equalTo("deleteStatement"))
                .body("data.changes.nodes[0].after", nullValue());
    }

    /** The write fails with the code (BAD_USER_INPUT by default) naming the field, and no table changes. */
    private void refused(String mutation, Map<String, Object> in, String field, String... code) {
        Map<String, Long> before = Editor.rowCounts(em);
        Editor.mutate(mutation, "in", in)
                .body("data", nullValue())
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo(code.length == 0 ? "BAD_USER_INPUT" : code[0]))
                .body("errors[0].extensions.field", equalTo(field));
        assertEquals(before, Editor.rowCounts(em), "nothing is written");
    }
}
