package org.statementatlas.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.statementatlas.graphql.GraphQL.ok;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Proves that reads use fixed query strings and reuse their SQL: the second identical request finds every HQL query
 * it runs in Hibernate's query plan cache, so no request parses HQL again, and translates no query to SQL again
 * ({@link CountingSqmTranslatorFactory}). Hibernate 7.2 translates a query with a list parameter ({@code in :ids})
 * anew on every execution, so batched fields bind their parents as one array ({@code ids_contain(:ids, x)}).
 * <p>
 * Search still translates its scoring queries on every request: their parameters sit inside an aggregate's argument
 * ({@code max(case ... end)}), which Hibernate lets take a list, so it does not cache their SQL. Its HQL is cached.
 */
@QuarkusTest
class QueryPlanCacheTest {

    @Inject
    SessionFactory sessionFactory;

    @ParameterizedTest
    @ValueSource(strings = {
            "{ statements(first: 20, orderBy: {field: ISSUED_ON, direction: DESC}) { nodes { title issuedOn"
                    + " signatories { country { name } } } } }",
            "{ statement(slug: \"dprk-russia-ballistic-missile-transfers-2024-01\") { title issuedOn signatoryCount"
                    + " sourceArticles { headline } } }",
            "{ countries(first: 50, orderBy: {field: CODE, direction: ASC}) { nodes { code name }"
                    + " pageInfo { hasNextPage endCursor } } }",
            "{ country(code: \"JP\") { name groups { code members { code } } coSignatories(first: 3) { country { code } }"
                    + " statements(first: 5) { totalCount nodes { slug } } mentionedIn(first: 2) { nodes { headline } } } }",
            "{ sourceArticles(filter: {text: \"missile\"}) { nodes { headline mentions { country { code } offsets { start } }"
                    + " claims { verdict } quotes { text } statementLinks { confidence } } } }",
    })
    void aRepeatedRequestTranslatesNoQuery(String query) {
        Statistics statistics = sessionFactory.getStatistics();
        ok(query);
        statistics.clear();
        long translations = CountingSqmTranslatorFactory.selectTranslations();
        ok(query);
        assertEquals(translations, CountingSqmTranslatorFactory.selectTranslations(),
                "queries translated to SQL again on the second request: " + query);
        assertTrue(statistics.getPrepareStatementCount() > 0, "the request runs SQL");
        assertEquals(0, statistics.getQueryPlanCacheMissCount(), "query plans missed on the second request: " + query);
        assertTrue(statistics.getQueryPlanCacheHitCount() > 0, "query plans found in the cache: " + query);
    }

    @Test
    void aRepeatedSearchParsesNoQuery() {
        String query = "{ search(text: \"korea\") { __typename } }";
        Statistics statistics = sessionFactory.getStatistics();
        ok(query);
        statistics.clear();
        ok(query);
        assertTrue(statistics.getPrepareStatementCount() > 0, "the request runs SQL");
        assertEquals(0, statistics.getQueryPlanCacheMissCount(), "query plans missed on the second request");
    }
}
