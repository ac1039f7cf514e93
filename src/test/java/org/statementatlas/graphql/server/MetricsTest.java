package org.statementatlas.graphql.server;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/** /q/metrics in the Prometheus format: timers per operation and outcome, SQL per request, batch sizes. */
@QuarkusTest
class MetricsTest {

    private static final Pattern SAMPLE = Pattern.compile("(\\w+)(?:\\{(.*)\\})? (\\S+)");
    private static final Pattern OPERATION = Pattern
            .compile("atlas_graphql_requests_seconds_count\\{[^}]*operation=\"([^\"]*)\"");

    @Inject
    RequestMetrics requestMetrics;

    @Test
    void requestsAreTimedByOperationAndOutcome() {
        // Only the first MAX_OPERATIONS names get a label of their own: other tests may have used them up.
        String ok = "cache=\"off\",operation=\"" + requestMetrics.operation("MetricsProbe") + "\",outcome=\"ok\"";
        double before = value("atlas_graphql_requests_seconds_count", ok);
        GraphQL.ok("query MetricsProbe { country(code: \"JP\") { name } }");
        GraphQL.ok("query MetricsProbe { country(code: \"FR\") { name } }");
        assertEquals(before + 2, value("atlas_graphql_requests_seconds_count", ok));

        String partial = "cache=\"off\",operation=\"" + requestMetrics.operation("BrokenProbe")
                + "\",outcome=\"partial\"";
        double partialBefore = value("atlas_graphql_requests_seconds_count", partial);
        GraphQL.query("query BrokenProbe { statement(slug: \"x\", id: \"y\") { id } }");
        assertEquals(partialBefore + 1, value("atlas_graphql_requests_seconds_count", partial));

        double refused = value("atlas_graphql_requests_seconds_count", "cache=\"off\",operation=\"none\",outcome=\"refused\"");
        given().contentType("application/json").body("{\"query\": \"{ country(\"}").post("/graphql");
        assertEquals(refused + 1,
                value("atlas_graphql_requests_seconds_count", "cache=\"off\",operation=\"none\",outcome=\"refused\""));
    }

    @Test
    void sqlStatementsPerRequestAndBatchSizesAreRecorded() {
        double requests = value("atlas_graphql_sql_statements_count", "");
        double statements = value("atlas_graphql_sql_statements_sum", "");
        double batches = value("atlas_graphql_batch_size_count", "field=\"Statement.signatories\"");
        double parents = value("atlas_graphql_batch_size_sum", "field=\"Statement.signatories\"");
        GraphQL.ok("{ statements(first: 5) { nodes { signatories { country { code } } } } }");
        assertEquals(requests + 1, value("atlas_graphql_sql_statements_count", ""));
        double ran = value("atlas_graphql_sql_statements_sum", "") - statements;
        assertTrue(ran >= 2 && ran <= 4, "statements, then one batch of signatories with their countries: " + ran);
        assertEquals(batches + 1, value("atlas_graphql_batch_size_count", "field=\"Statement.signatories\""));
        assertEquals(parents + 5, value("atlas_graphql_batch_size_sum", "field=\"Statement.signatories\""));
    }

    @Test
    void operationNamesBeyondTheLimitShareOneLabel() {
        for (int i = 0; i <= RequestMetrics.MAX_OPERATIONS; i++) {
            GraphQL.ok("query Flood" + i + " { __typename }");
        }
        Set<String> labels = new TreeSet<>();
        Matcher m = OPERATION.matcher(metrics());
        while (m.find()) {
            labels.add(m.group(1));
        }
        labels.removeAll(Set.of(RequestMetrics.ANONYMOUS, RequestMetrics.NONE, RequestMetrics.OTHER));
        assertEquals(RequestMetrics.MAX_OPERATIONS, labels.size(), labels::toString);
        String other = "cache=\"off\",operation=\"other\",outcome=\"ok\"";
        double before = value("atlas_graphql_requests_seconds_count", other);
        GraphQL.ok("query OneTooMany { __typename }");
        assertEquals(before + 1, value("atlas_graphql_requests_seconds_count", other));
    }

    private static String metrics() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of one sample, 0 if it is not there yet; the text format may end a label list with a comma. */
    private static double value(String name, String labels) {
        for (String line : metrics().lines().toList()) {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches() && sample.group(1).equals(name)
                    && (sample.group(2) == null ? "" : sample.group(2).replaceAll(",$", "")).equals(labels)) {
                return Double.parseDouble(sample.group(3));
            }
        }
        return 0;
    }
}
