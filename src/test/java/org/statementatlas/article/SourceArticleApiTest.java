package org.statementatlas.article;

import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.statementatlas.graphql.GraphQL.ok;
import static org.statementatlas.graphql.GraphQL.query;

import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.statementatlas.dataset.Facts;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SourceArticleApiTest {

    static List<Arguments> articles() {
        return StreamSupport.stream(Facts.root().get("articles").spliterator(), false)
                .map(a -> Arguments.of(a.get("url").asText(), a)).toList();
    }

    @Test
    void fiveArticlesAreServedNewestFirst() {
        ok("{ sourceArticles { totalCount nodes { publishedOn } } }")
                .body("data.sourceArticles.totalCount", equalTo(5))
                .body("data.sourceArticles.nodes.publishedOn",
                        contains("2024-05-31", "2024-01-11", "2024-01-10", "2024-01-10", "2024-01-05"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void eachArticleHasItsCuratedMetadataAndReportsItsStatement(String url, JsonNode facts) {
        ok("query($url: String) { sourceArticle(url: $url) { url headline outlet { name domain } agency statements { slug } } }",
                "url", url)
                .body("data.sourceArticle.url", equalTo(url))
                .body("data.sourceArticle.outlet.name", equalTo(facts.get("outlet").asText()))
                .body("data.sourceArticle.outlet.domain", equalTo(facts.get("outletDomain").asText()))
                .body("data.sourceArticle.headline",
                        equalTo(facts.get("headline").isNull() ? null : facts.get("headline").asText()))
                .body("data.sourceArticle.statements.slug", contains(facts.get("reports").get(0).asText()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void eachArticleLinksItsStatementWithAConfidence(String url, JsonNode facts) {
        ok("query($url: String) { sourceArticle(url: $url) { statementLinks { statement { slug } confidence method } } }",
                "url", url)
                .body("data.sourceArticle.statementLinks.statement.slug", contains(facts.get("reports").get(0).asText()))
                .body("data.sourceArticle.statementLinks[0].confidence", both(greaterThan(0f)).and(lessThanOrEqualTo(1f)))
                .body("data.sourceArticle.statementLinks[0].method", not(nullValue()));
    }

    @Test
    void kyivPostTextHasNoReaderComments() {
        ok("{ sourceArticle(url: \"https://www.kyivpost.com/post/26530\") { agency publishedOn datePrecision text } }")
                .body("data.sourceArticle.agency", equalTo("AFP"))
                .body("data.sourceArticle.publishedOn", equalTo("2024-01-10"))
                .body("data.sourceArticle.datePrecision", equalTo("DATE"))
                .body("data.sourceArticle.text", startsWith("Nearly 50 countries joined the United States"))
                .body("data.sourceArticle.text", containsString("Other signatories include Israel"))
                .body("data.sourceArticle.text", not(containsString("Comments (2)")))
                .body("data.sourceArticle.text", not(containsString("Comrade Jack")))
                .body("data.sourceArticle.text", not(containsString("Trumptard")))
                .body("data.sourceArticle.text", not(containsString("dicktator")));
    }

    @Test
    void ukrainskaPravdaKeepsItsPublicationTimeAndOffset() {
        ok("{ sourceArticle(url: \"https://www.pravda.com.ua/eng/news/2024/01/10/7436557/\") { publishedAt datePrecision creditedOutlet text } }")
                .body("data.sourceArticle.publishedAt", startsWith("2024-01-10T07:36"))
                .body("data.sourceArticle.publishedAt", containsString("+02:00"))
                .body("data.sourceArticle.datePrecision", equalTo("DATE_TIME"))
                .body("data.sourceArticle.creditedOutlet", equalTo("European Pravda"))
                .body("data.sourceArticle.text", not(containsString("Support Us")))
                .body("data.sourceArticle.text", not(containsString("Support UP")));
    }

    @Test
    void articleByGlobalIdRoundTripsAndUnknownUrlGivesNull() {
        String id = ok("{ sourceArticles(first: 1) { nodes { id } } }").extract().path("data.sourceArticles.nodes[0].id");
        ok("query($id: ID) { a: sourceArticle(id: $id) { url } b: sourceArticle(url: \"https://example.org/none\") { url } }",
                "id", id)
                .body("data.a.url", equalTo(
                        "https://ukrinform.net/rubric-polytics/3870149-ten-countries-eu-condemn-defense-cooperation-between-north-korea-russia.html"))
                .body("data.b", nullValue());
    }

    @Test
    void articleLookupNeedsExactlyOneKey() {
        query("{ sourceArticle(id: \"x\", url: \"y\") { url } }").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void countryMentionedInListsTheArticlesThatMentionItNewestFirst() {
        List<String> filtered = ok("{ sourceArticles(filter: {mentions: \"KP\"}) { nodes { url } } }").extract()
                .path("data.sourceArticles.nodes.url");
        ok("{ kp: country(code: \"KP\") { mentionedIn { totalCount nodes { url publishedOn } } }"
                + " none: country(code: \"TV\") { mentionedIn { totalCount nodes { url } pageInfo { hasNextPage } } } }")
                .body("data.kp.mentionedIn.totalCount", equalTo(filtered.size()))
                .body("data.kp.mentionedIn.nodes.url", equalTo(filtered))
                .body("data.kp.mentionedIn.nodes.publishedOn",
                        contains("2024-05-31", "2024-01-11", "2024-01-10", "2024-01-10", "2024-01-05"))
                .body("data.none.mentionedIn.totalCount", equalTo(0))
                .body("data.none.mentionedIn.nodes", empty())
                .body("data.none.mentionedIn.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void countryMentionedInPagesWithCursors() {
        String page = "query($after: String) { country(code: \"KP\") { mentionedIn(first: 2, after: $after) {"
                + " nodes { url } pageInfo { hasNextPage hasPreviousPage endCursor } } } }";
        List<String> all = ok("{ country(code: \"KP\") { mentionedIn { nodes { url } } } }").extract()
                .path("data.country.mentionedIn.nodes.url");
        String cursor = ok(page, "after", null)
                .body("data.country.mentionedIn.nodes.url", equalTo(all.subList(0, 2)))
                .body("data.country.mentionedIn.pageInfo.hasNextPage", equalTo(true))
                .body("data.country.mentionedIn.pageInfo.hasPreviousPage", equalTo(false))
                .extract().path("data.country.mentionedIn.pageInfo.endCursor");
        ok(page, "after", cursor)
                .body("data.country.mentionedIn.nodes.url", equalTo(all.subList(2, 4)))
                .body("data.country.mentionedIn.pageInfo.hasPreviousPage", equalTo(true));
        query("{ country(code: \"KP\") { mentionedIn(first: 0) { totalCount } } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("first"));
        query("{ country(code: \"KP\") { mentionedIn(after: \"not-a-cursor\") { totalCount } } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }
}
