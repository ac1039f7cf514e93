package org.statementatlas.statement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.statementatlas.graphql.GraphQL.ok;
import static org.statementatlas.graphql.GraphQL.query;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statementatlas.dataset.Facts;
import org.statementatlas.graphql.Paging;
import org.statementatlas.graphql.paging.Conditions;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** Conditions, orderings, the time dimension and the analytics fields of statements. */
@QuarkusTest
class StatementQueryTest {

    static final String JANUARY = StatementApiTest.JANUARY;

    @Test
    void januaryCountsFollowTheListDayByDay() {
        ok("""
                query($slug: String) { statement(slug: $slug) {
                  jan9: signatoryCount(asOf: "2024-01-09") jan10: signatoryCount(asOf: "2024-01-10")
                  jan11: signatoryCount(asOf: "2024-01-11") jan12: signatoryCount(asOf: "2024-01-12")
                  before: signatoryCount(asOf: "2024-01-08") states: signatoryCount(kind: STATE)
                  orgs: signatoryCount(kind: ORGANIZATION) statesJan9: signatoryCount(asOf: "2024-01-09", kind: STATE)
                  eu: nonSignatories(group: "EU") { code }
                  g7: nonSignatories(group: "g7") { code } } }""", "slug", JANUARY)
                .body("data.statement.jan9", equalTo(48))
                .body("data.statement.jan10", equalTo(49))
                .body("data.statement.jan11", equalTo(49))
                .body("data.statement.jan12", equalTo(51))
                .body("data.statement.before", equalTo(0))
                .body("data.statement.states", equalTo(50))
                .body("data.statement.orgs", equalTo(1))
                .body("data.statement.statesJan9", equalTo(47))
                .body("data.statement.eu.code", contains("HU", "SK"))
                .body("data.statement.g7.size()", equalTo(0));
    }

    @Test
    void natoNonSignatoriesCountOnlyMembersAsOfTheIssueDate() {
        List<String> january = ok(
                "query($slug: String) { statement(slug: $slug) { nonSignatories(group: \"NATO\") { code } } }",
                "slug", JANUARY).extract().path("data.statement.nonSignatories.code");
        assertEquals(List.of("HU", "SK", "TR"), january.stream().sorted().toList());
        // On 2023-10-26 Finland (joined 2023-04-04) was a member and Sweden (joined 2024-03-07) was not.
        List<String> october = ok(
                "{ statement(slug: \"us-japan-rok-dprk-russia-arms-transfers-2023-10-26\") { nonSignatories(group: \"NATO\") { code } } }")
                .extract().path("data.statement.nonSignatories.code");
        assertEquals(30, october.size(), "32 members listed, less Sweden (not yet a member), less the US (signed)");
        assertTrue(october.contains("FI") && !october.contains("SE") && !october.contains("US"));
    }

    @Test
    void unknownGroupIsBadUserInput() {
        query("query($slug: String) { statement(slug: $slug) { nonSignatories(group: \"XYZ\") { code } } }", "slug", JANUARY)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void signedByAllMatchesWhatTheFactsImply() {
        assertFilter("{signedByAll: [\"jp\", \"KR\", \"US\"]}", s -> signers(s).containsAll(Set.of("JP", "KR", "US")));
        assertFilter("{signedBy: [\"NL\", \"CH\"]}", s -> signers(s).contains("NL") || disputed(s).contains("CH"));
        assertFilter("{signedBy: [\"GB\"], notSignedBy: [\"JP\"]}",
                s -> signers(s).contains("GB") && !signers(s).contains("JP"));
        assertFilter("{signedBy: [\"JP\"], issuedAfter: \"2025-01-01\"}",
                s -> signers(s).contains("JP") && s.get("issuedOn").asText().compareTo("2025-01-01") >= 0);
        assertFilter("{kind: NATIONAL_STATEMENT}", s -> s.get("kind").asText().equals("NATIONAL_STATEMENT"));
        assertFilter("{text: \"MULTILATERAL sanctions\"}",
                s -> s.get("title").asText().toLowerCase().contains("multilateral sanctions")
                        || s.path("summary").asText().toLowerCase().contains("multilateral sanctions"));
        assertFilter("{issuedAfter: \"2024-03-28\", issuedBefore: \"2024-05-31\"}",
                s -> s.get("issuedOn").asText().compareTo("2024-03-28") >= 0
                        && s.get("issuedOn").asText().compareTo("2024-05-31") <= 0);
    }

    @Test
    void badFilterValuesAreBadUserInput() {
        for (String filter : List.of("{signedBy: [\"XX\"]}", "{signedByAll: []}", "{text: \"  \"}",
                "{issuedAfter: \"2024-05-01\", issuedBefore: \"2024-01-01\"}")) {
            query("{ statements(filter: " + filter + ") { totalCount } }")
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }
    }

    @Test
    void orderingBySignatoryCountPutsTheJanuaryStatementFirst() {
        ok("{ statements(orderBy: {field: SIGNATORY_COUNT, direction: DESC}, first: 2) { nodes { slug signatoryCount } } }")
                .body("data.statements.nodes[0].slug", equalTo(JANUARY))
                .body("data.statements.nodes[0].signatoryCount", equalTo(51))
                .body("data.statements.nodes[1].signatoryCount", equalTo(12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "orderBy: {field: ISSUED_ON, direction: ASC}", "orderBy: {field: TITLE, direction: ASC}",
            "orderBy: {field: TITLE, direction: DESC}", "orderBy: {field: SIGNATORY_COUNT, direction: DESC}",
            "orderBy: {field: SIGNATORY_COUNT, direction: ASC}"})
    void forwardAndBackwardPagingVisitEveryStatementOnceInOrder(String orderBy) {
        List<String> all = ok("{ statements(first: 100" + (orderBy.isEmpty() ? "" : ", " + orderBy) + ") { nodes { slug } } }")
                .extract().path("data.statements.nodes.slug");
        assertEquals(Facts.root().get("statements").size(), all.size());
        assertEquals(all, Paging.walk("statements", orderBy, "slug", 2, false));
        assertEquals(all, Paging.walk("statements", orderBy, "slug", 2, true));
    }

    @Test
    void cursorOfAnotherOrderingIsBadUserInput() {
        String cursor = ok("{ statements(first: 1, orderBy: {field: TITLE, direction: ASC}) { pageInfo { endCursor } } }")
                .extract().path("data.statements.pageInfo.endCursor");
        query("query($c: String) { statements(after: $c) { totalCount } }", "c", cursor)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", startsWith("Argument 'after' is a cursor for another ordering"));
    }

    @Test
    void firstAndLastTogetherAreBadUserInput() {
        query("{ statements(first: 2, last: 2) { totalCount } }").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        query("{ statements(last: 0) { totalCount } }").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void japanCoSignsMostWithKoreaTheUnitedStatesAndFrance() {
        // By hand from the facts file: JP signed 8 statements; KR and US signed all 8 of them, FR and GB 7
        // (France before United Kingdom by name), AU, CA, DE, IT and NZ 6.
        ok("{ country(code: \"JP\") { signedCount coSignatories(first: 3) { country { code } sharedStatements statements { slug } } } }")
                .body("data.country.signedCount", equalTo(8))
                .body("data.country.coSignatories.country.code", contains("KR", "US", "FR"))
                .body("data.country.coSignatories.sharedStatements", contains(8, 8, 7))
                .body("data.country.coSignatories[2].statements.size()", equalTo(7))
                .body("data.country.coSignatories[2].statements.slug[0]", equalTo("msmt-first-report-2025-05-29"));
    }

    @Test
    void coSignatoriesOfKoreaMatchTheFactsFile() {
        List<Object> got = ok("{ country(code: \"KR\") { coSignatories(first: 100) { country { code } sharedStatements } } }")
                .extract().path("data.country.coSignatories.sharedStatements");
        List<String> codes = ok("{ country(code: \"KR\") { coSignatories(first: 100) { country { code } } } }")
                .extract().path("data.country.coSignatories.country.code");
        for (int i = 0; i < codes.size(); i++) {
            String other = codes.get(i);
            long expected = statements().stream().filter(s -> allSigners(s).contains("KR") && allSigners(s).contains(other))
                    .count();
            assertEquals(expected, ((Number) got.get(i)).longValue(), "shared statements of KR and " + other);
        }
    }

    @Test
    void countryStatementsTakeAFilter() {
        ok("{ country(code: \"JP\") { statements(filter: {issuedAfter: \"2024-06-01\"}, orderBy: {field: ISSUED_ON, direction: ASC}) { totalCount nodes { issuedOn } } } }")
                .body("data.country.statements.totalCount", equalTo(4))
                .body("data.country.statements.nodes.issuedOn",
                        contains("2024-10-16", "2024-11-05", "2024-12-16", "2025-05-29"));
    }

    private static void assertFilter(String filter, Predicate<JsonNode> expected) {
        Set<String> wanted = statements().stream().filter(expected).map(s -> s.get("key").asText()).collect(Collectors.toSet());
        List<String> got = ok("{ statements(first: 100, filter: " + filter + ") { totalCount nodes { slug } } }")
                .body("data.statements.totalCount", equalTo(wanted.size()))
                .extract().path("data.statements.nodes.slug");
        assertEquals(wanted, new HashSet<>(got), "statements matching " + filter);
        assertThat(got, containsInAnyOrder(wanted.toArray()));
    }

    private static List<JsonNode> statements() {
        return StreamSupport.stream(Facts.root().get("statements").spliterator(), false).toList();
    }

    private static Set<String> signers(JsonNode statement) {
        Set<String> codes = new HashSet<>();
        statement.get("signatoryVersions").forEach(v -> v.get("added").forEach(c -> codes.add(c.asText())));
        return codes;
    }

    private static Set<String> disputed(JsonNode statement) {
        Set<String> codes = new HashSet<>();
        statement.path("disputedSignatories").forEach(d -> codes.add(d.get("code").asText()));
        return codes;
    }

    private static Set<String> allSigners(JsonNode statement) {
        Set<String> codes = signers(statement);
        codes.addAll(disputed(statement));
        return codes;
    }
}
