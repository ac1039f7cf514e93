package org.statementatlas.article;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.statementatlas.graphql.Editor.input;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.Editor;
import org.statementatlas.graphql.GraphQL;
import org.statementatlas.graphql.id.GlobalId;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * An editor's corrections of what the pipeline found in an article: each one, its refusals (which write nothing), the
 * version clash between two editors, and re-ingesting the same article, which keeps every correction.
 */
@QuarkusTest
class ArticleCorrectionsTest {

    private static final String INGEST = "mutation($in: IngestArticleInput!) { ingestArticle(input: $in) { created"
            + " article { id } } }";
    private static final String ARTICLE = "query($id: ID) { sourceArticle(id: $id) { version text publishedOn"
            + " publishedAt datePrecision dateMethod linkMethod statements { id }"
            + " statementLinks { statement { id } method confidence }"
            + " mentions { country { code } count method offsets { start end } }"
            + " claims { id phrase value approximate qualifier counts method start end statement { id } } } }";
    private static final String PAYLOAD = "{ article { version } claim { id phrase value qualifier counts approximate"
            + " method start end } }";
    private static final String ADD_MENTION = "mutation($in: AddMentionInput!) { addMention(input: $in) " + PAYLOAD + " }";
    private static final String REMOVE_MENTION = "mutation($in: RemoveMentionInput!) { removeMention(input: $in) "
            + PAYLOAD + " }";
    private static final String ADD_CLAIM = "mutation($in: AddClaimInput!) { addClaim(input: $in) " + PAYLOAD + " }";
    private static final String UPDATE_CLAIM = "mutation($in: UpdateClaimInput!) { updateClaim(input: $in) " + PAYLOAD
            + " }";
    private static final String REMOVE_CLAIM = "mutation($in: RemoveClaimInput!) { removeClaim(input: $in) " + PAYLOAD
            + " }";
    private static final String SET_DATE = "mutation($in: SetPublicationDateInput!) { setPublicationDate(input: $in) "
            + PAYLOAD + " }";
    private static final String SET_LINK = "mutation($in: SetLinkedStatementInput!) { setLinkedStatement(input: $in) "
            + PAYLOAD + " }";

    @Inject
    EntityManager em;

    /** An article of the test's own, ingested through the API; the same input ingests it again. */
    private record Ingested(String id, Map<String, Object> request) {

        static Ingested of(String topic) {
            int number = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
            String text = "Japan, France and Germany condemned launch " + number + " over the peninsula on 2 March"
                    + " 2024, " + topic + ".\n\nTwelve countries signed the joint statement, the Japanese foreign"
                    + " minister said. Officials in Paris and Berlin agreed with Tokyo.";
            Map<String, Object> in = Editor.input("text", text, "url", "https://example.org/corrections/" + number);
            String id = Editor.ok(INGEST, "in", in).body("data.ingestArticle.created", equalTo(true)).extract()
                    .path("data.ingestArticle.article.id");
            return new Ingested(id, in);
        }

        JsonPath read() {
            return GraphQL.ok(ARTICLE, "id", id).extract().jsonPath().setRootPath("data.sourceArticle");
        }

        int version() {
            return read().getInt("version");
        }

        void reingest() {
            Editor.ok(INGEST, "in", request).body("data.ingestArticle.created", equalTo(false))
                    .body("data.ingestArticle.article.id", equalTo(id));
        }

        void delete() {
            Editor.ok("mutation($in: DeleteSourceArticleInput!) { deleteSourceArticle(input: $in) { deletedId } }",
                    "in", Editor.input("id", id));
        }
    }

    @Test
    void aFalseMentionStaysRemovedAndAMissedOneStaysAddedAfterReingesting() {
        Ingested article = Ingested.of("mentions");
        try {
            JsonPath before = article.read();
            assertTrue(before.getList("mentions.country.code").containsAll(List.of("JP", "FR", "DE")),
                    before.prettify());
            assertEquals(List.of("PIPELINE"), before.getList("mentions.method").stream().distinct().toList());
            int version = before.getInt("version");
            int changes = Editor.changeCount(article.id());
            String text = before.getString("text");
            int start = text.indexOf("the peninsula");

            Editor.ok(REMOVE_MENTION, "in", input("articleId", article.id(), "expectedVersion", version, "countryCode",
                    "fr")).body("data.removeMention.article.version", equalTo(version + 1));
            Editor.ok(ADD_MENTION, "in", input("articleId", article.id(), "expectedVersion", version + 1,
                    "countryCode", "KR", "start", start, "end", start + 13))
                    .body("data.removeMention", nullValue())
                    .body("data.addMention.article.version", equalTo(version + 2))
                    .body("data.addMention.claim", nullValue());
            assertEquals(changes + 2, Editor.changeCount(article.id()));

            for (int pass = 0; pass < 2; pass++) {
                JsonPath now = article.read();
                assertTrue(!now.getList("mentions.country.code").contains("FR"), now.prettify());
                assertEquals(1, now.getInt("mentions.find { it.country.code == 'KR' }.count"));
                assertEquals("EDITOR", now.getString("mentions.find { it.country.code == 'KR' }.method"));
                assertEquals(List.of(Map.of("start", start, "end", start + 13)),
                        now.getList("mentions.find { it.country.code == 'KR' }.offsets"));
                assertEquals("PIPELINE", now.getString("mentions.find { it.country.code == 'JP' }.method"));
                assertTrue(now.getList("mentions.country.code").contains("DE"), now.prettify());
                article.reingest();
            }
            // Removing one occurrence of several keeps the others and makes the country's mention the editor's.
            JsonPath now = article.read();
            List<Map<String, Integer>> japan = now.getList("mentions.find { it.country.code == 'JP' }.offsets");
            assertTrue(japan.size() >= 2, now.prettify());
            Editor.ok(REMOVE_MENTION, "in", input("articleId", article.id(), "expectedVersion", now.getInt("version"),
                    "countryCode", "JP", "start", japan.get(0).get("start"), "end", japan.get(0).get("end")));
            article.reingest();
            JsonPath after = article.read();
            assertEquals("EDITOR", after.getString("mentions.find { it.country.code == 'JP' }.method"));
            assertEquals(japan.subList(1, japan.size()),
                    after.getList("mentions.find { it.country.code == 'JP' }.offsets"));
            assertEquals(japan.size() - 1, after.getInt("mentions.find { it.country.code == 'JP' }.count"));
        } finally {
            article.delete();
        }
    }

    @Test
    void claimsAreAddedChangedAndRemovedAndStaySoAfterReingesting() {
        Ingested article = Ingested.of("claims");
        try {
            JsonPath before = article.read();
            assertEquals(List.of(12), before.getList("claims.value"), before.prettify());
            String pipelineClaim = before.getString("claims[0].id");
            String phrase = before.getString("claims[0].phrase");
            int version = before.getInt("version");

            Editor.ok(UPDATE_CLAIM, "in", input("claimId", pipelineClaim, "expectedVersion", version, "value", 13,
                    "counts", "SIGNATORIES", "qualifier", "NEARLY"))
                    .body("data.updateClaim.article.version", equalTo(version + 1))
                    .body("data.updateClaim.claim.id", equalTo(pipelineClaim))
                    .body("data.updateClaim.claim.value", equalTo(13))
                    .body("data.updateClaim.claim.counts", equalTo("SIGNATORIES"))
                    .body("data.updateClaim.claim.qualifier", equalTo("NEARLY"))
                    .body("data.updateClaim.claim.approximate", equalTo(true))
                    .body("data.updateClaim.claim.method", equalTo("EDITOR"));
            String text = before.getString("text");
            int start = text.indexOf("Japan, France and Germany");
            String added = Editor.ok(ADD_CLAIM, "in", input("articleId", article.id(), "expectedVersion", version + 1,
                    "value", 3, "counts", "COUNTRIES", "start", start, "end", start + 25))
                    .body("data.addClaim.claim.phrase", equalTo("Japan, France and Germany"))
                    .body("data.addClaim.claim.value", equalTo(3))
                    .body("data.addClaim.claim.qualifier", nullValue())
                    .body("data.addClaim.claim.approximate", equalTo(false))
                    .body("data.addClaim.claim.start", equalTo(start))
                    .body("data.addClaim.claim.method", equalTo("EDITOR"))
                    .extract().path("data.addClaim.claim.id");
            String headline = Editor.ok(ADD_CLAIM, "in", input("articleId", article.id(), "expectedVersion",
                    version + 2, "value", 50, "counts", "COUNTRIES", "qualifier", "ABOUT", "phrase", "some 50 nations"))
                    .body("data.addClaim.claim.start", nullValue())
                    .extract().path("data.addClaim.claim.id");
            Editor.ok(REMOVE_CLAIM, "in", input("claimId", headline, "expectedVersion", version + 3))
                    .body("data.removeClaim.article.version", equalTo(version + 4));

            for (int pass = 0; pass < 2; pass++) {
                JsonPath now = article.read();
                assertEquals(List.of(pipelineClaim, added), now.getList("claims.id"), now.prettify());
                assertEquals(List.of(13, 3), now.getList("claims.value"));
                assertEquals(List.of("EDITOR", "EDITOR"), now.getList("claims.method"));
                assertEquals(List.of(phrase, "Japan, France and Germany"), now.getList("claims.phrase"));
                article.reingest();
            }
            // Removing the pipeline's claim: re-ingesting does not find it again.
            Editor.ok(REMOVE_CLAIM, "in", input("claimId", pipelineClaim, "expectedVersion", article.version()));
            article.reingest();
            JsonPath now = article.read();
            assertEquals(List.of(added), now.getList("claims.id"), now.prettify());
        } finally {
            article.delete();
        }
    }

    @Test
    void theDateAndTheStatementChosenByAnEditorStayAfterReingesting() {
        Ingested article = Ingested.of("date and statement");
        String statement = Editor.createStatement(Editor.uniqueSlug("corrected"), "2024-03-01");
        try {
            int version = article.version();
            Editor.ok(SET_DATE, "in", input("articleId", article.id(), "expectedVersion", version, "datePrecision",
                    "DATE_TIME", "publishedAt", "2024-03-03T10:15:00+09:00"))
                    .body("data.setPublicationDate.article.version", equalTo(version + 1));
            Editor.ok(SET_LINK, "in", input("articleId", article.id(), "expectedVersion", version + 1, "statementId",
                    statement)).body("data.setLinkedStatement.article.version", equalTo(version + 2));
            for (int pass = 0; pass < 2; pass++) {
                JsonPath now = article.read();
                assertEquals("2024-03-03", now.getString("publishedOn"));
                assertEquals("2024-03-03T10:15:00+09:00", now.getString("publishedAt"));
                assertEquals("DATE_TIME", now.getString("datePrecision"));
                assertEquals("EDITOR", now.getString("dateMethod"));
                assertEquals("EDITOR", now.getString("linkMethod"));
                assertEquals(List.of(statement), now.getList("statements.id"));
                assertEquals(List.of("EDITOR"), now.getList("statementLinks.method"));
                assertEquals(1.0f, now.getFloat("statementLinks[0].confidence"));
                assertEquals(List.of(statement), now.getList("claims.statement.id"), now.prettify());
                article.reingest();
            }
            Editor.ok(SET_DATE, "in", input("articleId", article.id(), "expectedVersion", article.version(),
                    "datePrecision", "DATE", "publishedOn", "2024-03-04"));
            Editor.ok(SET_LINK, "in", input("articleId", article.id(), "expectedVersion", article.version()));
            article.reingest();
            JsonPath now = article.read();
            assertEquals("2024-03-04", now.getString("publishedOn"));
            assertEquals(null, now.getString("publishedAt"));
            assertEquals("DATE", now.getString("datePrecision"));
            assertEquals(List.of(), now.getList("statements"));
            assertEquals("EDITOR", now.getString("linkMethod"));
            GraphQL.ok("query($id: ID) { changes(entityId: $id, first: 1) { nodes { operation actor } } }", "id",
                    article.id())
                    .body("data.changes.nodes[0].operation", equalTo("ingestArticle"));
            GraphQL.ok("query($id: ID) { changes(entityId: $id, first: 4) { nodes { operation } } }", "id",
                    article.id())
                    .body("data.changes.nodes.operation", hasItem("setLinkedStatement"))
                    .body("data.changes.nodes.operation", hasItem("setPublicationDate"));
        } finally {
            article.delete();
            Editor.deleteStatement(statement);
        }
    }

    @Test
    void anEditorsSpanThatANewTextNoLongerHoldsIsDroppedWithAWarning() {
        Ingested article = Ingested.of("changed text");
        try {
            int version = article.version();
            int peninsula = ((String) article.request().get("text")).indexOf("the peninsula");
            assertEquals(peninsula, article.read().getString("text").indexOf("the peninsula"));
            Editor.ok(ADD_MENTION, "in", input("articleId", article.id(), "expectedVersion", version, "countryCode",
                    "KR", "start", peninsula, "end", peninsula + 13));
            // A second occurrence that the new text will still hold, at the same offsets, near the start.
            Editor.ok(ADD_MENTION, "in", input("articleId", article.id(), "expectedVersion", version + 1,
                    "countryCode", "KR", "start", 0, "end", 5));
            String changed = ((String) article.request().get("text")).replace("over the peninsula", "over the sea");
            Editor.ok("mutation($in: IngestArticleInput!) { ingestArticle(input: $in) { created warnings } }", "in",
                    input("text", changed, "url", article.request().get("url")))
                    .body("data.ingestArticle.created", equalTo(false))
                    .body("data.ingestArticle.warnings", hasItem("Dropped 1 of the editor's occurrences of KR: the text"
                            + " there changed."));
            JsonPath now = article.read();
            assertEquals(List.of(Map.of("start", 0, "end", 5)),
                    now.getList("mentions.find { it.country.code == 'KR' }.offsets"), now.prettify());
            assertEquals("EDITOR", now.getString("mentions.find { it.country.code == 'KR' }.method"));
        } finally {
            article.delete();
        }
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        Ingested article = Ingested.of("refusals");
        try {
            JsonPath before = article.read();
            int v = before.getInt("version");
            int length = before.getString("text").length();
            String claim = before.getString("claims[0].id");
            String id = article.id();
            String noArticle = GlobalId.encode(SourceArticle.TYPE, 999_999_999L);
            String noStatement = GlobalId.encode("Statement", 999_999_999L);
            String noClaim = GlobalId.encode(ClaimView.TYPE, 999_999_999L);

            refused(ADD_MENTION, input("articleId", noArticle, "expectedVersion", 0, "countryCode", "KR", "start", 0,
                    "end", 5), "NOT_FOUND", "articleId");
            refused(ADD_MENTION, input("articleId", id, "expectedVersion", v, "countryCode", "XX", "start", 0, "end",
                    5), "BAD_USER_INPUT", "countryCode");
            refused(ADD_MENTION, input("articleId", id, "expectedVersion", v, "countryCode", "KR", "start", 0, "end",
                    length + 1), "BAD_USER_INPUT", "end");
            refused(ADD_MENTION, input("articleId", id, "expectedVersion", v, "countryCode", "KR", "start", 5, "end",
                    5), "BAD_USER_INPUT", "end");
            refused(ADD_MENTION, input("articleId", id, "expectedVersion", v, "countryCode", "KR", "start", -1, "end",
                    5), "BAD_USER_INPUT", "start");
            refused(ADD_MENTION, input("articleId", id, "expectedVersion", v, "countryCode", "JP", "start", 0, "end",
                    5), "BAD_USER_INPUT", "start");
            refused(REMOVE_MENTION, input("articleId", id, "expectedVersion", v, "countryCode", "KR"), "NOT_FOUND",
                    "countryCode");
            refused(REMOVE_MENTION, input("articleId", id, "expectedVersion", v, "countryCode", "JP", "start", 1,
                    "end", 2), "NOT_FOUND", "start");
            refused(REMOVE_MENTION, input("articleId", id, "expectedVersion", v, "countryCode", "JP", "start", 1),
                    "BAD_USER_INPUT", "end");
            refused(ADD_CLAIM, input("articleId", id, "expectedVersion", v, "value", 3, "counts", "COUNTRIES"),
                    "BAD_USER_INPUT", "phrase");
            refused(ADD_CLAIM, input("articleId", id, "expectedVersion", v, "value", -1, "counts", "COUNTRIES",
                    "phrase", "x"), "BAD_USER_INPUT", "value");
            refused(ADD_CLAIM, input("articleId", id, "expectedVersion", v, "value", 3, "counts", "COUNTRIES",
                    "start", 0, "end", length + 10), "BAD_USER_INPUT", "end");
            refused(UPDATE_CLAIM, input("claimId", noClaim, "expectedVersion", v, "value", 3, "counts", "COUNTRIES"),
                    "NOT_FOUND", "claimId");
            refused(UPDATE_CLAIM, input("claimId", id, "expectedVersion", v, "value", 3, "counts", "COUNTRIES"),
                    "BAD_USER_INPUT", "claimId");
            refused(REMOVE_CLAIM, input("claimId", noClaim, "expectedVersion", v), "NOT_FOUND", "claimId");
            refused(SET_DATE, input("articleId", id, "expectedVersion", v, "datePrecision", "DATE", "publishedOn",
                    "2024-02-30"), "BAD_USER_INPUT", "publishedOn");
            refused(SET_DATE, input("articleId", id, "expectedVersion", v, "datePrecision", "DATE_TIME"),
                    "BAD_USER_INPUT", "publishedAt");
            refused(SET_DATE, input("articleId", id, "expectedVersion", v, "datePrecision", "DATE_TIME",
                    "publishedAt", "yesterday"), "BAD_USER_INPUT", "publishedAt");
            refused(SET_DATE, input("articleId", id, "expectedVersion", v, "datePrecision", "DATE_TIME",
                    "publishedAt", "2024-03-03T23:30:00-05:00", "publishedOn", "2024-03-04"), "BAD_USER_INPUT",
                    "publishedOn");
            refused(SET_DATE, input("articleId", id, "expectedVersion", v, "datePrecision", "UNKNOWN", "publishedOn",
                    "2024-03-04"), "BAD_USER_INPUT", "publishedOn");
            refused(SET_LINK, input("articleId", id, "expectedVersion", v, "statementId", noStatement), "NOT_FOUND",
                    "statementId");
            refused(SET_LINK, input("articleId", noArticle, "expectedVersion", v), "NOT_FOUND", "articleId");
            for (var stale : List.of(
                    Map.entry(ADD_MENTION, input("articleId", id, "expectedVersion", v - 1, "countryCode", "KR",
                            "start", 0, "end", 5)),
                    Map.entry(UPDATE_CLAIM, input("claimId", claim, "expectedVersion", v + 1, "value", 3, "counts",
                            "COUNTRIES")),
                    Map.entry(SET_LINK, input("articleId", id, "expectedVersion", v + 5)))) {
                refused(stale.getKey(), stale.getValue(), "CONFLICT", null)
                        .body("errors[0].extensions.currentVersion", equalTo(v));
            }
            assertEquals(before.prettify(), article.read().prettify());
        } finally {
            article.delete();
        }
    }

    @Test
    void ofTwoEditorsWhoReadTheSameVersionTheSecondGetsAConflict() {
        Ingested article = Ingested.of("two editors");
        try {
            int read = article.version();
            Editor.ok(REMOVE_MENTION, "in", input("articleId", article.id(), "expectedVersion", read, "countryCode",
                    "DE"));
            JsonPath afterFirst = article.read();
            refused(REMOVE_MENTION, input("articleId", article.id(), "expectedVersion", read, "countryCode", "FR"),
                    "CONFLICT", null).body("errors[0].extensions.currentVersion", equalTo(read + 1));
            assertEquals(afterFirst.prettify(), article.read().prettify());
            assertTrue(afterFirst.getList("mentions.country.code").contains("FR"));
            // Reapplied on the version the conflict names, it succeeds.
            Editor.ok(REMOVE_MENTION, "in", input("articleId", article.id(), "expectedVersion", read + 1,
                    "countryCode", "FR")).body("data.removeMention.article.version", equalTo(read + 2));
        } finally {
            article.delete();
        }
    }

    @Test
    void readersCannotCorrect() {
        Ingested article = Ingested.of("readers");
        try {
            JsonPath before = article.read();
            Map<String, Object> in = input("articleId", article.id(), "expectedVersion", before.getInt("version"),
                    "countryCode", "FR");
            for (String token : new String[]{null, Editor.READER_TOKEN}) {
                Map<String, Long> rows = Editor.rowCounts(em);
                GraphQL.queryAs(token, REMOVE_MENTION, "in", in).body("data", nullValue())
                        .body("errors[0].extensions.code", equalTo(token == null ? "UNAUTHENTICATED" : "FORBIDDEN"));
                assertEquals(rows, Editor.rowCounts(em));
            }
            assertEquals(before.prettify(), article.read().prettify());
            GraphQL.ok(ARTICLE, "id", article.id()).body("data.sourceArticle.mentions.country.code", hasItem("FR"))
                    .body("data.sourceArticle.claims", not(empty()));
        } finally {
            article.delete();
        }
    }

    private ValidatableResponse refused(String mutation, Map<String, Object> in, String code,
            String field) {
        Map<String, Long> before = Editor.rowCounts(em);
        ValidatableResponse response = Editor.mutate(mutation, "in", in)
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].extensions.field", equalTo(field));
        assertEquals(before, Editor.rowCounts(em));
        return response;
    }
}
