package org.statementatlas.statement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.statementatlas.graphql.GraphQL.ok;
import static org.statementatlas.graphql.GraphQL.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statementatlas.dataset.Facts;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class StatementApiTest {

    static final String JANUARY = "dprk-russia-ballistic-missile-transfers-2024-01";

    @Test
    void januaryStatementHasFiftyStatesAndTheEuButNotHungaryOrSlovakia() {
        var response = ok("""
                query($slug: String) { statement(slug: $slug) {
                  title kind issuedOn issuedIn signatoryCount resolutionsCited
                  signatories { country { code kind } firstListedOn disputed } } }""", "slug", JANUARY);
        response.body("data.statement.title", equalTo("Joint Statement on DPRK-Russia Ballistic Missile Transfers"))
                .body("data.statement.kind", equalTo("JOINT_STATEMENT"))
                .body("data.statement.issuedOn", equalTo("2024-01-09"))
                .body("data.statement.issuedIn", equalTo("Washington"))
                .body("data.statement.signatoryCount", equalTo(51))
                .body("data.statement.signatories.size()", equalTo(51))
                .body("data.statement.signatories.findAll { it.country.kind == 'STATE' }.size()", equalTo(50))
                .body("data.statement.signatories.country.code", hasItems("EU", "US", "JP", "KR", "MK", "FM", "PY"))
                .body("data.statement.signatories.country.code", not(hasItems("HU")))
                .body("data.statement.signatories.country.code", not(hasItems("SK")))
                .body("data.statement.signatories.disputed", everyItem(equalTo(false)))
                .body("data.statement.resolutionsCited",
                        contains("S/RES/1718 (2006)", "S/RES/1874 (2009)", "S/RES/2270 (2016)"));
        List<Map<String, Object>> signatories = response.extract().path("data.statement.signatories");
        LocalDate albania = listedOn(signatories, "AL");
        LocalDate northMacedonia = listedOn(signatories, "MK");
        assertEquals(LocalDate.parse("2024-01-09"), albania);
        assertTrue(northMacedonia.isAfter(albania), "North Macedonia was listed after Albania");
    }

    @Test
    void signatoriesAsOfADateFollowTheListAsItGrew() {
        ok("""
                query($slug: String) { statement(slug: $slug) {
                  first: signatories(asOf: "2024-01-09") { country { code } }
                  day2: signatoryCount(asOf: "2024-01-10")
                  states: signatoryCount(kind: STATE) } }""", "slug", JANUARY)
                .body("data.statement.first.size()", equalTo(48))
                .body("data.statement.first.country.code", not(hasItems("MK")))
                .body("data.statement.day2", equalTo(49))
                .body("data.statement.states", equalTo(50));
    }

    @Test
    void switzerlandIsADisputedSignatoryOfTheMay2024Statement() {
        ok("""
                { statement(slug: "dprk-russia-joint-statement-2024-05-31") {
                  signatoryCount signatories { country { code } disputed } } }""")
                .body("data.statement.signatoryCount", equalTo(12))
                .body("data.statement.signatories.findAll { it.disputed }.country.code", contains("CH"));
    }

    @Test
    void nationalStatementNamesItsIssuerAndSources() {
        ok("""
                { statement(slug: "uk-response-russia-uses-north-korean-weapons-2024-01") {
                  kind issuer { code name } sources { url publisher listedOn }
                  sourceArticles { outlet { name } } } }""")
                .body("data.statement.kind", equalTo("NATIONAL_STATEMENT"))
                .body("data.statement.issuer.code", equalTo("GB"))
                .body("data.statement.sources.publisher", contains("UK Government", "Wired-GOV"))
                .body("data.statement.sources[1].listedOn", equalTo("2024-01-05"))
                .body("data.statement.sourceArticles.outlet.name", contains("European Pravda"));
    }

    @Test
    void everyStatementOfTheFactsFileIsServed() {
        List<String> expected = new ArrayList<>();
        Facts.root().get("statements").forEach(s -> expected.add(s.get("key").asText()));
        ok("{ statements(first: 100) { totalCount nodes { slug } } }")
                .body("data.statements.totalCount", equalTo(expected.size()))
                .body("data.statements.nodes.slug", containsInAnyOrder(expected.toArray()));
    }

    @Test
    void statementsComeNewestFirst() {
        List<String> dates = ok("{ statements(first: 100) { nodes { issuedOn } } }").extract()
                .path("data.statements.nodes.issuedOn");
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort((a, b) -> b.compareTo(a));
        assertEquals(sorted, dates);
    }

    @Test
    void pagingWithTwoPerPageVisitsEveryStatementOnce() {
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        int pages = 0;
        while (hasNext) {
            var page = ok("""
                    query($after: String) { statements(first: 2, after: $after) {
                      totalCount edges { cursor node { slug } } pageInfo { hasNextPage endCursor } } }""",
                    "after", after).extract();
            List<String> slugs = page.path("data.statements.edges.node.slug");
            assertTrue(slugs.size() <= 2);
            seen.addAll(slugs);
            hasNext = page.path("data.statements.pageInfo.hasNextPage");
            after = page.path("data.statements.pageInfo.endCursor");
            assertTrue(++pages <= 10, "paging must terminate");
        }
        assertEquals(Facts.root().get("statements").size(), seen.size());
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no statement twice");
    }

    @Test
    void statementByGlobalIdRoundTrips() {
        String id = ok("{ statement(slug: \"msmt-launch-2024-10-16\") { id } }").extract().path("data.statement.id");
        ok("query($id: ID) { statement(id: $id) { slug } }", "id", id)
                .body("data.statement.slug", equalTo("msmt-launch-2024-10-16"));
    }

    @Test
    void unknownSlugOrGarbageIdGivesNull() {
        ok("{ a: statement(slug: \"no-such-statement\") { id } b: statement(id: \"garbage!\") { id } }")
                .body("data.a", nullValue())
                .body("data.b", nullValue());
    }

    @Test
    void countryIdGivenToStatementLookupIsBadUserInput() {
        String countryId = ok("{ country(code: \"JP\") { id } }").extract().path("data.country.id");
        query("query($id: ID) { statement(id: $id) { slug } }", "id", countryId)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("data.statement", nullValue());
    }

    @Test
    void statementLookupNeedsExactlyOneKey() {
        query("{ statement { slug } }").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101, 100000})
    void outOfRangePageSizeIsBadUserInput(int first) {
        query("query($first: Int) { statements(first: $first) { totalCount } }", "first", first)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("Argument 'first' must be between 1 and 100, got " + first + "."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-cursor", "%%%", "", "QQ"})
    void malformedCursorIsBadUserInput(String cursor) {
        query("query($after: String) { statements(after: $after) { totalCount } }", "after", cursor)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void cursorOfAnotherListIsBadUserInput() {
        String countryCursor = ok("{ countries(first: 1) { pageInfo { endCursor } } }").extract()
                .path("data.countries.pageInfo.endCursor");
        query("query($after: String) { statements(after: $after) { totalCount } }", "after", countryCursor)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    private static LocalDate listedOn(List<Map<String, Object>> signatories, String code) {
        return signatories.stream()
                .filter(s -> code.equals(((Map<?, ?>) s.get("country")).get("code")))
                .map(s -> LocalDate.parse((String) s.get("firstListedOn")))
                .findFirst().orElseThrow();
    }
}
