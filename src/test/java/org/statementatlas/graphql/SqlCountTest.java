package org.statementatlas.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.statementatlas.graphql.GraphQL.ok;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Proves that nested fields are batched: the number of SQL statements a query costs must not grow with
 * the number of results. Each query shape is run at page size 1 and 100 and the counts compared.
 */
@QuarkusTest
class SqlCountTest {

    @Inject
    SessionFactory sessionFactory;

    @ParameterizedTest
    @ValueSource(strings = {
            "statements(first: $n) { nodes { signatories { country { name } } sourceArticles { headline } } }",
            "statements(first: $n) { totalCount nodes { signatoryCount sources { url } resolutionsCited issuer { code } } }",
            "countries(first: $n) { totalCount nodes { aliases { text } groups { code } statements { totalCount nodes { slug } } } }",
            "sourceArticles(first: $n) { nodes { outlet { name } statements { signatories { country { code } } } } }",
            "sourceArticles(first: $n) { nodes { mentions { country { code } count matchedAs offsets { start end matchedAs } }"
                    + " quotes { text speaker } resolutionsCited } }",
            "sourceArticles(first: $n) { nodes { claims { phrase actualOnPublication verdict explanation statement { slug }"
                    + " article { url } } } }",
            "statements(first: $n) { nodes { claims { phrase verdict actualOnPublication article { headline } } } }",
    })
    void sqlStatementCountDoesNotGrowWithPageSize(String selection) {
        String query = "query($n: Int) { " + selection + " }";
        long one = statementsFor(query, 1);
        long hundred = statementsFor(query, 100);
        assertTrue(one > 0, "the query runs SQL");
        assertEquals(one, hundred, "SQL statements for first:1 vs first:100 of " + selection);
    }

    private long statementsFor(String query, int pageSize) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        ok(query, "n", pageSize);
        return statistics.getPrepareStatementCount();
    }
}
