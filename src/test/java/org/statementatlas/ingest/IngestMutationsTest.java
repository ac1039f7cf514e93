package org.statementatlas.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.statementatlas.graphql.GraphQL.ok;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.statementatlas.changelog.ChangeLog;
import org.statementatlas.changelog.FailingChangeLog;
import org.statementatlas.graphql.Editor;
import org.statementatlas.graphql.GraphQL;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The ingestArticle mutation over HTTP: what it stores and returns, idempotency by URL and by text, one transaction for
 * everything, and clear errors that write nothing for input that is not an article.
 */
@QuarkusTest
class IngestMutationsTest {

    private static final String INGEST = "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {"
            + " created linkConfidence warnings linkedStatement { slug }"
            + " article { id url headline outlet { name domain } agency publishedOn datePrecision text"
            + " mentions { country { code } count matchedAs offsets { start end matchedAs } }"
            + " claims { phrase value verdict actualOnPublication } quotes { text speaker } resolutionsCited } } }";

    @Inject
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    private Set<String> bundled;

    /** The articles there before the test: everything else the test ingested, and is deleted after it. */
    @BeforeEach
    void rememberArticles() {
        bundled = Set.copyOf(articleIds());
    }

    @AfterEach
    void deleteIngestedArticles() {
        for (String id : articleIds()) {
            if (!bundled.contains(id)) {
                Editor.ok("mutation($in: DeleteSourceArticleInput!) { deleteSourceArticle(input: $in) { deletedId } }",
                        "in", Map.of("id", id));
            }
        }
    }

    private static List<String> articleIds() {
        return GraphQL.ok("{ sourceArticles(first: 100) { nodes { id } } }").extract().path("data.sourceArticles.nodes.id");
    }

    /** A fresh article: unique words keep the content hash unique per test. */
    private static String article(String marker) {
        return "Home > World\n\nAllies rebuke Pyongyang over arms sales\n\nFriday, 12 January 2024\n\n"
                + "Fifty countries and the European Union on Friday condemned North Korea's missile sales to Russia, "
                + "the Foreign Office in London said in note " + marker + ".\n\n"
                + "\"The transfers violate resolutions of the Security Council,\" the statement said. Moscow denied it.\n\n"
                + "Advertisement\n\nComments (3)\nReader\nThis comment mentions Japan and must not count.";
    }

    private static Map<String, Object> input(String text, String url) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("text", text);
        if (url != null) {
            input.put("url", url);
        }
        return input;
    }

    @Test
    void storesCleanedArticleWithMetadataMentionsClaimsAndLink() {
        String marker = "Marker " + UUID.randomUUID();
        String url = "https://www.kyivpost.com/post/" + UUID.randomUUID();
        var response = Editor.ok(INGEST, "input", input(article(marker), url))
                .body("data.ingestArticle.created", equalTo(true))
                .body("data.ingestArticle.article.url", equalTo(url))
                .body("data.ingestArticle.article.headline", equalTo("Allies rebuke Pyongyang over arms sales"))
                .body("data.ingestArticle.article.outlet.name", equalTo("Kyiv Post"))
                .body("data.ingestArticle.article.outlet.domain", equalTo("kyivpost.com"))
                .body("data.ingestArticle.article.publishedOn", equalTo("2024-01-12"))
                .body("data.ingestArticle.article.datePrecision", equalTo("DATE"))
                .body("data.ingestArticle.article.text", not(containsString("Advertisement")))
                .body("data.ingestArticle.article.text", not(containsString("Japan")))
                .body("data.ingestArticle.article.mentions.country.code", hasItem("KP"))
                .body("data.ingestArticle.article.mentions.country.code", hasItem("GB"))
                .body("data.ingestArticle.article.mentions.country.code", not(hasItem("JP")))
                .body("data.ingestArticle.article.mentions.find { it.country.code == 'RU' }.count", equalTo(2))
                .body("data.ingestArticle.article.claims[0].phrase", equalTo("Fifty countries and the European Union"))
                .body("data.ingestArticle.article.claims[0].actualOnPublication", equalTo(50))
                .body("data.ingestArticle.article.claims[0].verdict", equalTo("MATCHES"))
                .body("data.ingestArticle.article.quotes[0].speaker", equalTo("the statement"))
                .body("data.ingestArticle.linkedStatement.slug", equalTo("dprk-russia-ballistic-missile-transfers-2024-01"))
                .body("data.ingestArticle.linkConfidence", notNullValue());
        // Offsets point at the words they stand for.
        String text = response.extract().path("data.ingestArticle.article.text");
        List<Map<String, Object>> mentions = response.extract().path("data.ingestArticle.article.mentions");
        for (Map<String, Object> mention : mentions) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> offsets = (List<Map<String, Object>>) mention.get("offsets");
            for (Map<String, Object> span : offsets) {
                String word = text.substring((Integer) span.get("start"), (Integer) span.get("end"));
                assertEquals(true, List.of("North Korea", "Russia", "Moscow", "London", "European Union").contains(word),
                        () -> "unexpected mention text '" + word + "'");
            }
        }
    }

    @Test
    void sameTextTwiceIsOneArticleAndANewUrlUpdatesIt() {
        String text = article("Twice " + UUID.randomUUID());
        String first = "https://example.org/a/" + UUID.randomUUID();
        String second = "https://example.org/b/" + UUID.randomUUID();
        String id = Editor.ok(INGEST, "input", input(text, first)).body("data.ingestArticle.created", equalTo(true))
                .extract().path("data.ingestArticle.article.id");
        long articles = count("source_article");
        long mentions = count("mention");

        Editor.ok(INGEST, "input", input(text, first)).body("data.ingestArticle.created", equalTo(false))
                .body("data.ingestArticle.article.id", equalTo(id));
        Editor.ok(INGEST, "input", input(text, null)).body("data.ingestArticle.created", equalTo(false))
                .body("data.ingestArticle.article.url", equalTo(first));
        Editor.ok(INGEST, "input", input(text, second)).body("data.ingestArticle.created", equalTo(false))
                .body("data.ingestArticle.article.id", equalTo(id))
                .body("data.ingestArticle.article.url", equalTo(second));

        assertEquals(articles, count("source_article"));
        assertEquals(mentions, count("mention"), "an update replaces the findings instead of adding to them");
        ok("query($url: String) { sourceArticle(url: $url) { id } }", "url", first).body("data.sourceArticle", nullValue());
    }

    @Test
    void failureHalfwayLeavesNoRows() {
        Map<String, Long> before = counts();
        String url = "https://example.org/fails/" + UUID.randomUUID();

        // The change-log entry is the last write of an ingestion: the article and its findings are flushed by then.
        ChangeLog real = ClientProxy.unwrap(changeLog);
        QuarkusMock.installMockForType(new FailingChangeLog(real, em), ChangeLog.class);
        try {
            Editor.mutate(INGEST, "input", input(article("A failing ingestion " + UUID.randomUUID()), url))
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("INTERNAL"));
        } finally {
            QuarkusMock.installMockForType(real, ChangeLog.class);
        }

        assertEquals(before, counts());
        ok("query($url: String) { sourceArticle(url: $url) { id } }", "url", url).body("data.sourceArticle", nullValue());
    }

    static List<String> badInputs() {
        return List.of("", "   \n\t ", "\u0000\u0001\u0002binary\u0000data\u0003\u0004 with enough words to pass the"
                + " word count of the check", "asdf; 1234 %%%% #### &&&& **** qqqq zzzz xxxx 9999",
                "QmFzZTY0IGVuY29kZWQgYmluYXJ5IGlzIG5vdCBhbiBhcnRpY2xlLCBldmVuIHRob3VnaCBpdCBoYXMgbGV0dGVycw==",
                "The foreign ministers condemned the transfer. ".repeat(5_000));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void inputThatIsNotAnArticleGivesBadUserInputAndWritesNothing(String text) {
        Map<String, Long> before = counts();

        Editor.mutate(INGEST, "input", input(text, "https://example.org/bad/" + UUID.randomUUID()))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", not(equalTo("")));

        assertEquals(before, counts());
    }

    @Test
    void aTenMegabyteArticleIsRefusedBeforeParsingAndWritesNothing() {
        // Over the HTTP body limit: the request is refused with 413 before GraphQL sees it.
        Map<String, Long> before = counts();
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + Editor.TOKEN)
                .body(Map.of("query", INGEST, "variables",
                        Map.of("input", input("a".repeat(10_000_000), "https://example.org/bad/" + UUID.randomUUID()))))
                .when().post("/graphql").then().statusCode(413);
        assertEquals(before, counts());
    }

    @Test
    void givenFieldsOverrideExtraction() {
        Editor.ok(INGEST, "input", Map.of("text", article("Override " + UUID.randomUUID()), "headline", "Given headline",
                "outlet", "Given Outlet", "publishedOn", "2024-01-09", "language", "EN"))
                .body("data.ingestArticle.article.headline", equalTo("Given headline"))
                .body("data.ingestArticle.article.outlet.name", equalTo("Given Outlet"))
                .body("data.ingestArticle.article.publishedOn", equalTo("2024-01-09"))
                .body("data.ingestArticle.article.url", containsString("urn:sha256:"))
                .body("data.ingestArticle.warnings", everyItem(notNullValue()));
    }

    @Test
    void articleAboutNoStoredStatementIsNotLinkedAndSaysSo() {
        String text = "Tbilisi, Georgia\n\nGeorgia's foreign minister met his Armenian counterpart in Tbilisi on Monday "
                + "to discuss a new railway line between the two countries, officials said in note " + UUID.randomUUID()
                + ".\n\nThe talks, the third this year, also covered tourism and visas, the ministry said.";
        Editor.ok(INGEST, "input", Map.of("text", text, "publishedOn", "2023-06-12"))
                .body("data.ingestArticle.linkedStatement", nullValue())
                .body("data.ingestArticle.linkConfidence", nullValue())
                .body("data.ingestArticle.warnings", hasItem(containsString("Not linked to a statement")))
                .body("data.ingestArticle.article.mentions.country.code", hasItem("GE"))
                .body("data.ingestArticle.article.mentions.country.code", hasItem("AM"))
                .body("data.ingestArticle.article.claims", equalTo(List.of()));
    }

    @Test
    void htmlPageIsReadFromItsStructureMetaTagsAndJsonLd() {
        String marker = UUID.randomUUID().toString();
        String html = "<!doctype html><html><head><title>Site | Page</title>"
                + "<meta property=\"og:title\" content=\"Allies rebuke Pyongyang over arms sales\">"
                + "<meta property=\"og:site_name\" content=\"The Example Times\">"
                + "<link rel=\"canonical\" href=\"https://example.org/html/" + marker + "\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
                + "\"NewsArticle\",\"headline\":\"Allies rebuke Pyongyang over arms sales\","
                + "\"datePublished\":\"2024-01-12T09:30:00+01:00\"}]}</script></head><body>"
                + "<header><nav>Home World Japan Sports</nav></header>"
                + "<article><h1>Allies rebuke Pyongyang over arms sales</h1>"
                + "<p>Fifty countries and the European Union on Friday condemned North Korea's missile sales to Russia, "
                + "officials said in note " + marker + ".</p><p>Moscow denied the transfers.</p></article>"
                + "<aside>Most viewed: China's economy grows</aside><footer>Cookie settings</footer></body></html>";
        Editor.ok(INGEST, "input", Map.of("html", html))
                .body("data.ingestArticle.article.url", equalTo("https://example.org/html/" + marker))
                .body("data.ingestArticle.article.headline", equalTo("Allies rebuke Pyongyang over arms sales"))
                .body("data.ingestArticle.article.outlet.name", equalTo("The Example Times"))
                .body("data.ingestArticle.article.publishedOn", equalTo("2024-01-12"))
                .body("data.ingestArticle.article.text", startsWith("Fifty countries and the European Union"))
                .body("data.ingestArticle.article.mentions.country.code", hasItem("KP"))
                .body("data.ingestArticle.article.mentions.country.code", not(hasItem("JP")))
                .body("data.ingestArticle.article.mentions.country.code", not(hasItem("CN")))
                .body("data.ingestArticle.article.claims[0].verdict", equalTo("MATCHES"))
                .body("data.ingestArticle.linkedStatement.slug", equalTo("dprk-russia-ballistic-missile-transfers-2024-01"));
    }

    @Test
    void wireCopyWithAYearlessDatelineAndChromeBetweenParagraphs() {
        String marker = UUID.randomUUID().toString();
        String text = "Home | North Korea | Diplomacy | Economy\n\n"
                + "49 signatories condemn N. Korea's arms transfers to Russia\n\n"
                + "SEOUL, Jan. 10 (Yonhap) -- South Korea and 48 other signatories have condemned North Korea's transfer"
                + " of ballistic missiles to Russia, according to a joint statement, note " + marker + ".\n\n"
                + "The statement said the missiles were launched against Ukraine on Dec. 30, 2023 and Jan. 2, noting that"
                + " 49 signatories now back the text.\n\n"
                + "Weather: Cold wave to grip central regions through the weekend\n\n"
                + "North Korea fired another missile into the Sea of Japan last week, and officials in Tirana joined the"
                + " criticism of Pyongyang.\n\n"
                + "Read more on North Korea:\nArgentina and Chile talk lithium exports\n"
                + "#NorthKorea #Russia #Ukraine\nGet our free Korea Briefing newsletter\nEnter your email | Subscribe";
        Editor.ok(INGEST, "input", Map.of("text", text))
                .body("data.ingestArticle.article.publishedOn", equalTo("2024-01-10"))
                .body("data.ingestArticle.article.datePrecision", equalTo("DATE"))
                .body("data.ingestArticle.warnings", hasItem(containsString("printed without a year")))
                .body("data.ingestArticle.article.text", not(containsString("Weather")))
                .body("data.ingestArticle.article.text", not(containsString("Argentina")))
                .body("data.ingestArticle.article.text", not(containsString("newsletter")))
                .body("data.ingestArticle.article.text", not(containsString("#NorthKorea")))
                .body("data.ingestArticle.article.text", containsString("officials in Tirana"))
                .body("data.ingestArticle.article.mentions.country.code", hasItems("KR", "KP", "RU", "UA", "AL"))
                .body("data.ingestArticle.article.mentions.country.code", not(hasItem("JP")))
                .body("data.ingestArticle.article.mentions.country.code", not(hasItem("AR")))
                .body("data.ingestArticle.article.mentions.country.code", not(hasItem("CL")))
                .body("data.ingestArticle.article.claims.phrase", equalTo(List.of("49 signatories")))
                .body("data.ingestArticle.article.claims[0].actualOnPublication", equalTo(49))
                .body("data.ingestArticle.article.claims[0].verdict", equalTo("MATCHES"))
                .body("data.ingestArticle.linkedStatement.slug", equalTo("dprk-russia-ballistic-missile-transfers-2024-01"));
    }

    @Test
    void aYearlessDatelineThatNothingPlacesIsAmbiguousAndLeavesTheDateEmpty() {
        String text = "GENEVA, March 3 (Reuters) - Delegates of a trade forum met on Tuesday to discuss tariffs on steel,"
                + " note " + UUID.randomUUID() + ", and agreed to meet again after the summer.\n\n"
                + "They gave no details of the talks, which were held behind closed doors.";
        Editor.ok(INGEST, "input", Map.of("text", text))
                .body("data.ingestArticle.article.publishedOn", nullValue())
                .body("data.ingestArticle.article.datePrecision", equalTo("AMBIGUOUS"))
                .body("data.ingestArticle.warnings", hasItem(containsString("without a year (3 March)")));
    }

    @Test
    void htmlPageLosesItsChromeByStructureAndKeepsItsDeclaredTime() {
        String marker = UUID.randomUUID().toString();
        String html = "<!doctype html><html><head><title>Ten countries condemn troops | The Courier</title>"
                + "<meta property=\"og:title\" content=\"Ten countries and the EU condemn North Korean troops in Russia\">"
                + "<meta property=\"article:published_time\" content=\"2024-11-05T19:40:00+00:00\"></head><body>"
                + "<div class=\"top\"><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/asia\">Japan</a></div>"
                + "<div class=\"story\"><h1>Ten countries and the EU condemn North Korean troops in Russia</h1>"
                + "<p>The foreign ministers of Australia, Canada, France, Germany, Italy, Japan, New Zealand, South Korea,"
                + " the United Kingdom and the United States, together with the High Representative of the European Union,"
                + " on Tuesday condemned the deployment of North Korean soldiers to Russia, note " + marker + ".</p>"
                + "<div class=\"related\"><h3>Read more</h3><ul><li><a href=\"/a\">Brazil and Argentina sign a trade pact</a>"
                + "</li><li><a href=\"/b\">Floods hit southern Spain again</a></li></ul></div>"
                + "<p>\"We strongly condemn the increasing military cooperation between the DPRK and Russia,\" the"
                + " statement said, calling on Pyongyang to withdraw its troops.</p>"
                + "<div class=\"newsletter\"><p>Get our free World Briefing newsletter</p><form><input type=\"email\">"
                + "<button>Subscribe</button></form></div>"
                + "<p>Officials in Seoul estimated that more than 10,000 soldiers had been sent to the Kursk region.</p></div>"
                + "<footer><p>Contact | Privacy | Mexico bureau</p></footer></body></html>";
        Editor.ok(INGEST, "input", Map.of("html", html))
                .body("data.ingestArticle.article.publishedOn", equalTo("2024-11-05"))
                .body("data.ingestArticle.article.datePrecision", equalTo("DATE_TIME"))
                .body("data.ingestArticle.article.text", startsWith("The foreign ministers of Australia"))
                .body("data.ingestArticle.article.text", containsString("Kursk region"))
                .body("data.ingestArticle.article.text", not(containsString("Read more")))
                .body("data.ingestArticle.article.text", not(containsString("newsletter")))
                .body("data.ingestArticle.article.mentions.country.code", hasItems("AU", "JP", "KR", "KP", "RU", "EU"))
                .body("data.ingestArticle.article.mentions.country.code", not(hasItem("BR")))
                .body("data.ingestArticle.article.mentions.country.code", not(hasItem("AR")))
                .body("data.ingestArticle.article.mentions.country.code", not(hasItem("ES")))
                .body("data.ingestArticle.article.mentions.country.code", not(hasItem("MX")))
                .body("data.ingestArticle.article.claims.value", equalTo(List.of(10)))
                .body("data.ingestArticle.article.claims[0].verdict", equalTo("MATCHES"))
                .body("data.ingestArticle.linkedStatement.slug", equalTo("dprk-troops-to-russia-2024-11-05"));
    }

    @Test
    void aPageThatIsAllChromeGivesBadUserInputAndWritesNothing() {
        Map<String, Long> before = counts();
        String html = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World news from Japan</a></nav>"
                + "<aside><h3>Most read</h3><ul><li><a href=\"/a\">Brazil and Argentina sign a trade pact</a></li></ul></aside>"
                + "<footer><p>Get our free newsletter</p><form><input type=\"email\"><button>Subscribe</button></form>"
                + "<p>\u00a9 2024 The Courier. All rights reserved.</p></footer></body></html>";
        Editor.mutate(INGEST, "input", Map.of("html", html))
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.text"));
        assertEquals(before, counts());
    }

    @Test
    void textAndHtmlTogetherOrNoneOfTextHtmlAndUrlGiveBadUserInputAndWriteNothing() {
        Map<String, Long> before = counts();
        Editor.mutate(INGEST, "input", Map.of("text", article("Both " + UUID.randomUUID()), "html", "<p>x</p>"))
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        Editor.mutate(INGEST, "input", Map.of("headline", "Neither text nor html nor url"))
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        Editor.mutate(INGEST, "input", Map.of("html", "<html><body><p>Too short.</p></body></html>"))
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        assertEquals(before, counts());
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("source_article", "article_statement_link", "mention", "mention_span", "claim", "quote",
                "source_article_resolution")) {
            counts.put(table, count(table));
        }
        return counts;
    }

    private long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }
}
