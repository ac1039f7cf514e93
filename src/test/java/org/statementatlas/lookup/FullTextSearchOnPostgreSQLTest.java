package org.statementatlas.lookup;

import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.statementatlas.graphql.GraphQL.ok;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.statementatlas.OnPostgreSQL;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Full-text search in PostgreSQL mode: words match as word prefixes through the GIN indexes of the postgresql
 * migration, exact slugs and names still rank first, and a fragment inside a word (which H2's LIKE finds) does not.
 */
@QuarkusTest
@TestProfile(OnPostgreSQL.class)
class FullTextSearchOnPostgreSQLTest {

    @Inject
    EntityManager em;

    @Test
    void anExactSlugRanksItsStatementFirst() {
        ok("{ search(text: \"msmt-launch-2024-10-16\") { __typename ... on Statement { slug } } }")
                .body("data.search[0].__typename", equalTo("Statement"))
                .body("data.search[0].slug", equalTo("msmt-launch-2024-10-16"));
        ok("{ search(text: \"Ukrinform\") { __typename ... on SourceArticle { outlet { name } } } }")
                .body("data.search[0].outlet.name", equalTo("Ukrinform"));
    }

    @Test
    void wordsMatchAsPrefixesInAnyCaseAndOrder() {
        ok("{ statements(filter: {text: \"MONITOR multilateral\"}) { nodes { slug } } }")
                .body("data.statements.nodes.slug", hasItem("msmt-launch-2024-10-16"));
        ok("{ sourceArticles(filter: {text: \"korea\"}) { totalCount nodes { headline text } } }")
                .body("data.sourceArticles.totalCount", greaterThan(0))
                .body("data.sourceArticles.nodes.text", everyItem(containsStringIgnoringCase("korea")));
    }

    @Test
    void aFragmentInsideAWordMatchesNothing() {
        ok("{ statements(filter: {text: \"ultilateral\"}) { totalCount } }").body("data.statements.totalCount",
                equalTo(0));
    }

    @Test
    void punctuationOnlyTextFallsBackToContains() {
        ok("{ statements(filter: {text: \"%\"}) { totalCount } }").body("data.statements.totalCount", equalTo(0));
    }

    @Test
    void theTextFiltersUseTheGinIndexes() {
        assertUses("ix_statement_fulltext", "select id from statement s where (to_tsvector('simple', coalesce(s.title, '')"
                + " || ' ' || coalesce(s.summary, '') || ' ' || coalesce(s.text, '')) @@ to_tsquery('simple', 'korea:*'))");
        assertUses("ix_source_article_fulltext", "select id from source_article a where (to_tsvector('simple',"
                + " coalesce(a.headline, '') || ' ' || coalesce(a.text, '')) @@ to_tsquery('simple', 'korea:*'))");
    }

    /** The plan of a query, with sequential scans priced out (the test dataset is small enough to scan). */
    @SuppressWarnings("unchecked")
    private void assertUses(String index, String sql) {
        List<String> plan = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
            return (List<String>) em.createNativeQuery("explain " + sql).getResultList();
        });
        assertTrue(String.join("\n", plan).contains(index), index + " not in the plan:\n" + String.join("\n", plan));
    }
}
