package org.statementatlas.article;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.statementatlas.graphql.GraphQL.ok;
import static org.statementatlas.graphql.GraphQL.query;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statementatlas.graphql.Paging;
import org.statementatlas.graphql.paging.Conditions;

import io.quarkus.test.junit.QuarkusTest;

/** Conditions and orderings of source articles. */
@QuarkusTest
class SourceArticleQueryTest {

    @Test
    void articlesThatReportTheJanuaryStatementPublishedFromTenJanuary() {
        String id = ok("{ statement(slug: \"dprk-russia-ballistic-missile-transfers-2024-01\") { id } }").extract()
                .path("data.statement.id");
        ok("query($id: ID) { sourceArticles(filter: {reports: $id, publishedAfter: \"2024-01-10\"}) { totalCount nodes { outlet { name } } } }",
                "id", id)
                .body("data.sourceArticles.totalCount", equalTo(3))
                .body("data.sourceArticles.nodes.outlet.name",
                        containsInAnyOrder("Ukrainska Pravda", "InformEurope", "Kyiv Post"));
    }

    @Test
    void filtersByOutletNameOrDomainAndByText() {
        ok("{ sourceArticles(filter: {outlet: \"KYIVPOST.com\"}) { nodes { agency } } }")
                .body("data.sourceArticles.nodes.agency", contains("AFP"));
        ok("{ sourceArticles(filter: {outlet: \"european pravda\"}) { nodes { url } } }")
                .body("data.sourceArticles.nodes.url", contains("https://eurointegration.com.ua/eng/news/2024/01/5/7176787"));
        ok("{ sourceArticles(filter: {text: \"pyongyang\"}) { nodes { outlet { name } } } }")
                .body("data.sourceArticles.nodes.outlet.name", contains("Ukrinform"));
        // "Stoltenberg" only appears in a "Read also" link, which is site chrome and not part of the text.
        ok("{ sourceArticles(filter: {text: \"Stoltenberg\"}) { totalCount } }").body("data.sourceArticles.totalCount",
                equalTo(0));
        ok("{ sourceArticles(filter: {publishedBefore: \"2024-01-09\"}) { totalCount } }")
                .body("data.sourceArticles.totalCount", equalTo(1));
    }

    @Test
    void filtersByMentionedCountry() {
        // Israel is named only in the Kyiv Post article; Iran ("Tehran", "Iran") in Ukrainska Pravda and European Pravda.
        ok("{ sourceArticles(filter: {mentions: \"il\"}) { nodes { outlet { name } } } }")
                .body("data.sourceArticles.nodes.outlet.name", contains("Kyiv Post"));
        ok("{ sourceArticles(filter: {mentions: \"IR\"}) { nodes { outlet { name } } } }")
                .body("data.sourceArticles.nodes.outlet.name", containsInAnyOrder("Ukrainska Pravda", "European Pravda"));
    }

    @Test
    void statementIdOfAnotherTypeIsBadUserInput() {
        String countryId = ok("{ country(code: \"JP\") { id } }").extract().path("data.country.id");
        query("query($id: ID) { sourceArticles(filter: {reports: $id}) { totalCount } }", "id", countryId)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "orderBy: {field: OUTLET, direction: ASC}", "orderBy: {field: PUBLISHED_ON, direction: ASC}"})
    void forwardAndBackwardPagingVisitEveryArticleOnceInOrder(String orderBy) {
        List<String> all = ok(
                "{ sourceArticles(first: 100" + (orderBy.isEmpty() ? "" : ", " + orderBy) + ") { nodes { url } } }")
                .extract().path("data.sourceArticles.nodes.url");
        assertEquals(5, all.size());
        assertEquals(all, Paging.walk("sourceArticles", orderBy, "url", 2, false));
        assertEquals(all, Paging.walk("sourceArticles", orderBy, "url", 2, true));
    }
}
