package org.statementatlas.ingest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.Editor;
import org.statementatlas.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The previewArticle dry run over HTTP: it shows what ingestArticle would store (from text and from HTML), writes no
 * row in any table and logs no change, is for editors only, and refuses bad input like ingestArticle does. Also the
 * viewer query a signed-in page asks first.
 */
@QuarkusTest
class PreviewArticleTest {

    private static final String PREVIEW = "query($input: IngestArticleInput!) { previewArticle(input: $input) {"
            + " text contentHash url headline outlet { name } publishedOn datePrecision removedChrome warnings"
            + " mentions { country { code name } count spans { start end matchedAs } }"
            + " claims { phrase value approximate actual verdict explanation start end }"
            + " suggestedStatement { slug } confidence candidates { statement { slug } confidence method } } }";
    private static final String ARTICLE = TestData.text("/dataset/articles/000_ac203d616922ef85.txt");
    private static final String URL = "https://preview.example/articles/47-countries";

    @Inject
    EntityManager em;

    @Test
    void previewFromTextShowsWhatWouldBeStoredAndWritesNothing() {
        Map<String, Long> before = Editor.rowCounts(em);
        GraphQL.queryAs(Editor.TOKEN, PREVIEW, "input", Map.of("text", ARTICLE, "url", URL)).body("errors", nullValue())
                .body("data.previewArticle.url", equalTo(URL))
                .body("data.previewArticle.headline", equalTo(
                        "Foreign ministers of 47 countries condemn North Korea's supply of ballistic missiles to Russia"))
                .body("data.previewArticle.publishedOn", equalTo("2024-01-10"))
                .body("data.previewArticle.datePrecision", equalTo("DATE"))
                .body("data.previewArticle.removedChrome", hasItem("Support Us"))
                .body("data.previewArticle.text", not(containsString("Support Us")))
                .body("data.previewArticle.mentions.country.code", hasItems("KP", "RU", "US"))
                .body("data.previewArticle.mentions.find { it.country.code == 'KP' }.count", greaterThan(0))
                .body("data.previewArticle.claims.phrase", hasItem("47 countries"))
                .body("data.previewArticle.claims.find { it.phrase == '47 countries' }.verdict",
                        equalTo("MATCHES_EXCLUDING_LEAD"))
                .body("data.previewArticle.suggestedStatement.slug", equalTo("dprk-russia-ballistic-missile-transfers-2024-01"))
                .body("data.previewArticle.confidence", greaterThan(0.5f))
                .body("data.previewArticle.candidates[0].statement.slug",
                        equalTo("dprk-russia-ballistic-missile-transfers-2024-01"));
        assertEquals(before, Editor.rowCounts(em), "the dry run wrote no row in any table");
    }

    @Test
    void previewFromHtmlReadsThePageFirst() {
        String html = "<html><head><title>Ministers condemn transfers</title>"
                + "<meta property=\"article:published_time\" content=\"2024-01-10T07:36:00+02:00\"></head><body>"
                + "<nav>Home | World | Support Us</nav><article><h1>Ministers condemn transfers</h1>"
                + "<p>The foreign ministers of 47 countries have condemned North Korea's supply of ballistic missiles"
                + " to Russia in a joint statement, signed by Japan, Germany and France.</p></article></body></html>";
        Map<String, Long> before = Editor.rowCounts(em);
        GraphQL.queryAs(Editor.TOKEN, PREVIEW, "input", Map.of("html", html)).body("errors", nullValue())
                .body("data.previewArticle.headline", equalTo("Ministers condemn transfers"))
                .body("data.previewArticle.publishedOn", equalTo("2024-01-10"))
                .body("data.previewArticle.mentions.country.code", hasItems("KP", "RU", "JP", "DE", "FR"))
                .body("data.previewArticle.claims[0].value", equalTo(47));
        assertEquals(before, Editor.rowCounts(em));
    }

    @Test
    void onlyEditorsPreviewAndBadInputIsRefused() {
        Map<String, Object> input = Map.of("text", ARTICLE);
        GraphQL.query(PREVIEW, "input", input).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        GraphQL.queryAs(Editor.READER_TOKEN, PREVIEW, "input", input)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.queryAs(Editor.TOKEN, PREVIEW, "input", Map.of("text", "Too short.")).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.queryAs(Editor.TOKEN, PREVIEW, "input", Map.of("text", ARTICLE, "html", "<p>x</p>"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.queryAs(Editor.TOKEN, PREVIEW, "input", Map.of()).body("errors[0].extensions.code",
                equalTo("BAD_USER_INPUT"));
        GraphQL.queryAs(Editor.TOKEN, PREVIEW, "input", Map.of("text", "x".repeat(300 * 1024)))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void viewerNamesTheTokenAndRefusesAWrongOne() {
        GraphQL.queryAs(Editor.TOKEN, "{ viewer { name roles editor } }").body("errors", nullValue())
                .body("data.viewer.name", equalTo("dev-editor")).body("data.viewer.editor", equalTo(true));
        GraphQL.queryAs(Editor.READER_TOKEN, "{ viewer { name editor } }").body("data.viewer.editor", equalTo(false));
        GraphQL.ok("{ viewer { name } }").body("data.viewer", nullValue());
        GraphQL.queryAs("not-a-token", "{ viewer { name } }").body("data.viewer", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("not valid"));
    }
}
