package org.statementatlas.lookup;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.statementatlas.graphql.GraphQL.ok;
import static org.statementatlas.graphql.GraphQL.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/** node(id:) and search. */
@QuarkusTest
class LookupTest {

    @Test
    void nodeRoundTripsForEachTypeOfTheDataset() {
        var ids = ok("""
                { statement(slug: "msmt-launch-2024-10-16") { id }
                  country(code: "KP") { id }
                  g7: country(code: "JP") { groups { id code } }
                  sourceArticle(url: "https://www.kyivpost.com/post/26530") { id } }""").extract();
        String groupId = ids.path("data.g7.groups.find { it.code == 'G7' }.id");
        ok("query($s: ID!, $c: ID!, $g: ID!, $a: ID!) { s: node(id: $s) { __typename ... on Statement { slug } }"
                + " c: node(id: $c) { __typename ... on Country { code } }"
                + " g: node(id: $g) { __typename id ... on CountryGroup { code } }"
                + " a: node(id: $a) { __typename id ... on SourceArticle { agency } } }",
                "s", ids.path("data.statement.id"), "c", ids.path("data.country.id"), "g", groupId,
                "a", ids.path("data.sourceArticle.id"))
                .body("data.s.__typename", equalTo("Statement"))
                .body("data.s.slug", equalTo("msmt-launch-2024-10-16"))
                .body("data.c.code", equalTo("KP"))
                .body("data.g.__typename", equalTo("CountryGroup"))
                .body("data.g.id", equalTo(groupId))
                .body("data.g.code", equalTo("G7"))
                .body("data.a.__typename", equalTo("SourceArticle"))
                .body("data.a.id", equalTo(ids.path("data.sourceArticle.id")))
                .body("data.a.agency", equalTo("AFP"));
    }

    @Test
    void nodeOfAStaleGroupOrChangeIdIsNull() {
        // "Q291bnRyeUdyb3VwOjk5OTk5" is CountryGroup:99999, "Q2hhbmdlOjk5OTk5OTk" is Change:9999999.
        ok("{ g: node(id: \"Q291bnRyeUdyb3VwOjk5OTk5\") { id } ch: node(id: \"Q2hhbmdlOjk5OTk5OTk\") { id } }")
                .body("data.g", nullValue())
                .body("data.ch", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "U3RhdGVtZW50Ojk5OTk5", "Rm9vOjE", ""})
    void nodeOfAGarbageForeignOrStaleIdIsNull(String id) {
        // "U3Rh..." is Statement:99999 (stale), "Rm9vOjE" is Foo:1 (foreign).
        ok("query($id: ID!) { node(id: $id) { id } }", "id", id).body("data.node", nullValue());
    }

    @Test
    void searchFindsNorthKoreaFirstForDprk() {
        ok("{ search(text: \"DPRK\") { __typename ... on Country { code } } }")
                .body("data.search[0].__typename", equalTo("Country"))
                .body("data.search[0].code", equalTo("KP"));
        ok("{ search(text: \"north korea\", first: 1) { ... on Country { code } } }").body("data.search[0].code",
                equalTo("KP"));
    }

    @Test
    void searchFindsArticlesByOutletAndStatementsByTitleWords() {
        ok("{ search(text: \"Ukrinform\") { __typename ... on SourceArticle { outlet { name } } } }")
                .body("data.search[0].__typename", equalTo("SourceArticle"))
                .body("data.search[0].outlet.name", equalTo("Ukrinform"));
        ok("{ search(text: \"Multilateral Sanctions Monitoring\") { __typename ... on Statement { slug } } }")
                .body("data.search[0].__typename", equalTo("Statement"))
                .body("data.search.size()", equalTo(2));
    }

    @Test
    void blankOrOverlongSearchIsBadUserInput() {
        query("{ search(text: \"   \") { __typename } }").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        query("query($t: String!) { search(text: $t) { __typename } }", "t", "x".repeat(201))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        query("{ search(text: \"korea\", first: 0) { __typename } }").body("errors[0].extensions.code",
                equalTo("BAD_USER_INPUT"));
    }
}
