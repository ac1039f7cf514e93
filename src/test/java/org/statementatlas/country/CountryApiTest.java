package org.statementatlas.country;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.statementatlas.graphql.GraphQL.ok;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.statementatlas.dataset.Facts;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CountryApiTest {

    @Test
    void everyIsoCountryPlusTheEuIsServed() {
        ok("{ countries { totalCount nodes { code } } }")
                .body("data.countries.totalCount", equalTo(250))
                .body("data.countries.nodes.size()", equalTo(20));
    }

    @Test
    void theEuIsAnOrganization() {
        ok("{ country(code: \"EU\") { name kind alpha3 flag } }")
                .body("data.country.name", equalTo("European Union"))
                .body("data.country.kind", equalTo("ORGANIZATION"))
                .body("data.country.alpha3", nullValue());
    }

    @Test
    void countryCarriesIsoDataAliasesAndDemonyms() {
        ok("{ country(code: \"kp\") { code alpha3 name officialName kind region subregion flag aliases { text kind } } }")
                .body("data.country.code", equalTo("KP"))
                .body("data.country.alpha3", equalTo("PRK"))
                .body("data.country.name", equalTo("North Korea"))
                .body("data.country.officialName", equalTo("Democratic People's Republic of Korea"))
                .body("data.country.kind", equalTo("STATE"))
                .body("data.country.region", equalTo("Asia"))
                .body("data.country.subregion", equalTo("Eastern Asia"))
                .body("data.country.flag", equalTo("🇰🇵"))
                .body("data.country.aliases.findAll { it.kind == 'ALIAS' }.text", hasItem("DPRK"))
                .body("data.country.aliases.findAll { it.kind == 'DEMONYM' }.text", contains("North Korean"))
                .body("data.country.aliases.findAll { it.kind == 'CAPITAL' }.text", contains("Pyongyang"));
    }

    @Test
    void unknownCodeGivesNull() {
        ok("{ country(code: \"XX\") { name } }").body("data.country", nullValue());
    }

    @Test
    void japanSignedTheStatementsTheFactsFileListsItOn() {
        List<String> expected = Facts.statementsSignedBy("JP");
        ok("{ country(code: \"JP\") { statements(first: 100) { totalCount nodes { slug } } } }")
                .body("data.country.statements.totalCount", equalTo(expected.size()))
                .body("data.country.statements.nodes.slug", containsInAnyOrder(expected.toArray()));
    }

    @Test
    void nestedStatementsPageForEachCountry() {
        ok("""
                { a: country(code: "JP") { statements(first: 2) { nodes { issuedOn } pageInfo { hasNextPage } } }
                  b: country(code: "PY") { statements(first: 2) { totalCount nodes { slug } pageInfo { hasNextPage } } }
                  c: country(code: "AQ") { statements { totalCount nodes { slug } } } }""")
                .body("data.a.statements.nodes.issuedOn", contains("2025-05-29", "2024-12-16"))
                .body("data.a.statements.pageInfo.hasNextPage", equalTo(true))
                .body("data.b.statements.totalCount", equalTo(1))
                .body("data.b.statements.pageInfo.hasNextPage", equalTo(false))
                .body("data.c.statements.totalCount", equalTo(0))
                .body("data.c.statements.nodes.size()", equalTo(0));
    }

    @Test
    void nestedStatementsPageOnWithTheirCursor() {
        String cursor = ok("{ country(code: \"JP\") { statements(first: 3) { pageInfo { endCursor } } } }").extract()
                .path("data.country.statements.pageInfo.endCursor");
        List<String> rest = ok(
                "query($after: String) { country(code: \"JP\") { statements(first: 100, after: $after) { nodes { slug } } } }",
                "after", cursor).extract().path("data.country.statements.nodes.slug");
        assertEquals(Facts.statementsSignedBy("JP").size() - 3, rest.size());
    }

    @Test
    void groupsReflectMembership() {
        ok("""
                { fi: country(code: "FI") { groups { code } }
                  jp: country(code: "JP") { groups { code name } }
                  hu: country(code: "HU") { groups { code } } }""")
                .body("data.fi.groups.code", contains("EU", "NATO"))
                .body("data.jp.groups.code", contains("G7"))
                .body("data.jp.groups.name", contains("Group of Seven"))
                .body("data.hu.groups.code", hasItems("EU", "NATO"))
                .body("data.hu.groups.code", not(hasItem("G7")));
    }

    @Test
    void pagingThroughAllCountriesVisitsEachOnce() {
        HashSet<String> seen = new HashSet<>();
        String after = null;
        int total = 0;
        do {
            var page = ok(
                    "query($after: String) { countries(first: 100, after: $after) { nodes { code } pageInfo { endCursor hasNextPage } } }",
                    "after", after).extract();
            List<String> codes = page.path("data.countries.nodes.code");
            seen.addAll(codes);
            total += codes.size();
            after = Boolean.TRUE.equals(page.path("data.countries.pageInfo.hasNextPage"))
                    ? page.path("data.countries.pageInfo.endCursor")
                    : null;
        } while (after != null);
        assertEquals(250, total);
        assertEquals(250, seen.size());
    }
}
