package org.statementatlas.graphql.server;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.statementatlas.graphql.GraphQL.ok;
import static org.statementatlas.graphql.GraphQL.query;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Each cost limit lets a query exactly at the limit through and refuses one just over it with
 * LIMIT_EXCEEDED, naming the limit and the measured value. The limits are read from the configuration, so
 * the tests follow the defaults when they are tuned.
 */
@QuarkusTest
class CostLimitsTest {

    @Inject
    GraphQLConfig config;

    @Test
    void depthAtTheLimitRunsAndOneLevelMoreIsRefused() {
        int max = config.limits().maxDepth();
        ok(depthQuery(max));
        refused(depthQuery(max + 1), "depth", max, max + 1);
    }

    @Test
    void complexityAtTheLimitRunsAndOneMoreIsRefused() {
        long max = config.limits().maxComplexity();
        ok(complexityQuery(max));
        refused(complexityQuery(max + 1), "complexity", max, max + 1);
    }

    @Test
    void aliasesAtTheLimitRunAndOneMoreIsRefused() {
        int max = config.limits().maxAliases();
        ok(aliasQuery(max));
        refused(aliasQuery(max + 1), "aliases", max, max + 1);
    }

    @Test
    void tokensAtTheLimitParseAndOneMoreIsRefused() {
        int max = config.limits().maxTokens();
        // graphql-java counts the end of the document as a token: "{", the fields, "}" and EOF.
        ok(tokenQuery(max - 3));
        refused(tokenQuery(max - 2), "tokens", max, max + 1);
    }

    @Test
    void pageSizesCountTowardsComplexityButNeverBeyondTheMaximumPageSize() {
        // first: 100000 is refused by the field (BAD_USER_INPUT), not counted as 100000 objects.
        query("{ statements(first: 100000) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void variablesSetThePageSizeThatIsCounted() {
        long max = config.limits().maxComplexity();
        // 100 + 100 * 100 objects per copy: enough copies go over any limit below a million.
        String copies = IntStream.range(0, (int) (max / 10_100) + 1)
                .mapToObj(i -> "c" + i + ": countries(first: $n) { nodes { statements(first: $n) { totalCount } } }")
                .collect(Collectors.joining(" "));
        query("query($n: Int) { " + copies + " }", "n", 100)
                .body("errors.extensions.measure", hasItem("complexity"));
        ok("query($n: Int) { " + copies + " }", "n", 1);
    }

    @Test
    void introspectionOfTheWholeSchemaIsAllowed() {
        ok(INTROSPECTION).body("data.__schema.queryType.name", equalTo("Query"));
    }

    @Test
    void introspectionThatCyclesThroughTypesIsRefused() {
        query("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }")
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.measure", equalTo("introspection"));
    }

    private static void refused(String query, String measure, long limit, long measured) {
        ValidatableResponse response = query(query);
        response.body("data", equalTo(null))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.measure", equalTo(measure))
                .body("errors[0].extensions.limit", equalTo(number(limit)))
                .body("errors[0].extensions.measured", equalTo(number(measured)));
    }

    /** REST Assured reads small JSON numbers as Integer. */
    private static Object number(long value) {
        return value <= Integer.MAX_VALUE ? (Object) (int) value : (Object) value;
    }

    /**
     * A chain of exactly {@code depth} field levels: country, then statements(first: 1) / nodes / issuer over
     * and over (single objects and pages of one, so that complexity stays small), ending in a scalar.
     */
    static String depthQuery(int depth) {
        List<String> open = new ArrayList<>();
        String[] cycle = {"statements(first: 1)", "nodes", "issuer"};
        String[] leafUnder = {"name", "totalCount", "slug"}; // leaf fields of Country, StatementConnection, Statement
        open.add("country(code: \"JP\")");
        for (int level = 2; level < depth; level++) {
            open.add(cycle[(level - 2) % 3]);
        }
        StringBuilder query = new StringBuilder("{ ");
        for (String field : open) {
            query.append(field).append(" { ");
        }
        query.append(leafUnder[(depth - 2) % 3]);
        query.append(" }".repeat(open.size())).append(" }");
        return query.toString();
    }

    /**
     * A query of exactly the given complexity: whole copies of countries(first: 100) { nodes { statements(first:
     * 100) } } (10,100 objects each), one copy with fewer statements per country, then plain pages.
     */
    static String complexityQuery(long complexity) {
        StringBuilder query = new StringBuilder("{ ");
        long left = complexity;
        int alias = 0;
        while (left >= 10_100) {
            query.append("a").append(alias++).append(": countries(first: 100) { nodes { statements(first: 100)"
                    + " { totalCount } } } ");
            left -= 10_100;
        }
        if (left >= 200) {
            long perCountry = left / 100 - 1; // 100 + 100 * perCountry <= left
            query.append("a").append(alias++).append(": countries(first: 100) { nodes { statements(first: ")
                    .append(perCountry).append(") { totalCount } } } ");
            left -= 100 + 100 * perCountry;
        }
        while (left > 0) {
            long page = Math.min(left, 100);
            query.append("a").append(alias++).append(": countries(first: ").append(page).append(") { totalCount } ");
            left -= page;
        }
        return query.append("}").toString();
    }

    static String aliasQuery(int aliases) {
        return IntStream.range(0, aliases).mapToObj(i -> "a" + i + ": __typename")
                .collect(Collectors.joining(" ", "{ ", " }"));
    }

    static String tokenQuery(int fields) {
        return "{" + " __typename".repeat(fields) + " }";
    }

    /** The introspection query GraphiQL sends (graphql-js getIntrospectionQuery with all options). */
    static final String INTROSPECTION = """
            query IntrospectionQuery {
              __schema {
                description
                queryType { name }
                mutationType { name }
                subscriptionType { name }
                types { ...FullType }
                directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description specifiedByURL
              fields(includeDeprecated: true) {
                name description args(includeDeprecated: true) { ...InputValue }
                type { ...TypeRef } isDeprecated deprecationReason
              }
              inputFields(includeDeprecated: true) { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue {
              name description type { ...TypeRef } defaultValue isDeprecated deprecationReason
            }
            fragment TypeRef on __Type {
              kind name
              ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
                ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
            }
            """;
}
