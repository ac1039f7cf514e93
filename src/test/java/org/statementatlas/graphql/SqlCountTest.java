package org.statementatlas.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.statementatlas.graphql.GraphQL.ok;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Proves that nested fields are batched: the number of SQL statements a query costs must not grow with
 * the number of results. Each query shape is run at page size 1 and 100 and the counts compared.
 */
@QuarkusTest
class SqlCountTest {

    private static final Logger LOG = Logger.getLogger(SqlCountTest.class);

    @Inject
    SessionFactory sessionFactory;

    @ParameterizedTest
    @ValueSource(strings = {
            "statements(first: $n) { nodes { signatories { country { name } } sourceArticles { headline } } }",
            "statements(first: $n) { totalCount nodes { signatoryCount sources { url } resolutionsCited issuer { code } } }",
            "countries(first: $n) { totalCount nodes { aliases { text } groups { code } statements { totalCount nodes { slug } } } }",
            "sourceArticles(first: $n) { nodes { outlet { name } statements { signatories { country { code } } } } }",
            "statements(first: $n, filter: {signedBy: [\"JP\"], text: \"dprk\"}, orderBy: {field: SIGNATORY_COUNT, direction: DESC})"
                    + " { totalCount nodes { eu: nonSignatories(group: \"EU\") { code } all: nonSignatories { code }"
                    + " a: signatoryCount(asOf: \"2024-01-10\") b: signatoryCount(kind: STATE)"
                    + " signatories(asOf: \"2024-01-09\") { country { code } } } }",
            "countries(first: $n, orderBy: {field: SIGNED_COUNT, direction: DESC}, filter: {kind: STATE}) { totalCount nodes {"
                    + " signedCount coSignatories(first: 3) { country { code } sharedStatements statements { slug } }"
                    + " a: statements(filter: {signedBy: [\"US\"]}, orderBy: {field: TITLE, direction: ASC}) { totalCount nodes { slug } }"
                    + " b: statements(first: 1) { nodes { slug } } } }",
            "sourceArticles(first: $n, filter: {text: \"missile\"}, orderBy: {field: OUTLET, direction: ASC})"
                    + " { totalCount nodes { statements { nonSignatories(group: \"NATO\") { code } } } }",
            "sourceArticles(first: $n) { nodes { mentions { country { code } count matchedAs offsets { start end matchedAs } }"
                    + " quotes { text speaker } resolutionsCited } }",
            "sourceArticles(first: $n) { nodes { claims { phrase actualOnPublication verdict explanation statement { slug }"
                    + " article { url } } } }",
            "statements(first: $n) { nodes { claims { phrase verdict actualOnPublication article { headline } } } }",
            "countries(first: $n, filter: {group: \"EU\"}) { nodes { mentionedIn(first: 2) { totalCount"
                    + " nodes { headline outlet { name } } pageInfo { hasNextPage endCursor } } } }",
    })
    void sqlStatementCountDoesNotGrowWithPageSize(String selection) {
        String query = "query($n: Int) { " + selection + " }";
        long one = statementsFor(query, 1);
        long hundred = statementsFor(query, 100);
        assertTrue(one > 0, "the query runs SQL");
        assertEquals(one, hundred, "SQL statements for first:1 vs first:100 of " + selection);
        LOG.infof("SQL statements: %d for %s", one, selection);
    }

    @Test
    void searchCostsTheSameWhateverTheNumberOfResults() {
        String query = "query($n: Int) { search(text: \"korea\", first: $n) { __typename ... on Country { aliases { text } }"
                + " ... on Statement { signatoryCount } ... on SourceArticle { statements { slug } } } }";
        // Two queries per kind (scores, then entities) and one per batched field of each kind present: a small
        // page may lack a kind and cost less, but no page costs more.
        long most = statementsFor(query, 50);
        assertEquals(6 + 3, most);
        for (int n : new int[]{1, 10, 25}) {
            assertTrue(statementsFor(query, n) <= most, "search with first: " + n);
        }
    }

    private long statementsFor(String query, int pageSize) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        ok(query, "n", pageSize);
        return statistics.getPrepareStatementCount();
    }
}
