package org.statementatlas.country;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.statementatlas.graphql.GraphQL.ok;
import static org.statementatlas.graphql.GraphQL.query;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statementatlas.graphql.Paging;
import org.statementatlas.graphql.paging.Conditions;

import io.quarkus.test.junit.QuarkusTest;

/** Conditions and orderings of countries. */
@QuarkusTest
class CountryQueryTest {

    @Test
    void euMembersWhoDidNotSignTheJanuaryStatement() {
        String id = ok("{ statement(slug: \"dprk-russia-ballistic-missile-transfers-2024-01\") { id } }").extract()
                .path("data.statement.id");
        ok("query($id: ID) { countries(filter: {group: \"eu\", notSigned: $id}) { totalCount nodes { code } } }", "id", id)
                .body("data.countries.totalCount", equalTo(2))
                .body("data.countries.nodes.code", contains("HU", "SK"));
        ok("query($id: ID) { countries(first: 100, filter: {signed: $id, kind: STATE}) { totalCount } }", "id", id)
                .body("data.countries.totalCount", equalTo(50));
    }

    @Test
    void filtersByKindRegionAndText() {
        ok("{ countries(filter: {kind: ORGANIZATION}) { nodes { code } } }").body("data.countries.nodes.code", contains("EU"));
        ok("{ countries(first: 100, filter: {region: \"oceania\"}) { totalCount nodes { region } } }")
                .body("data.countries.nodes.region", everyItem(equalTo("Oceania")));
        ok("{ countries(filter: {text: \"dprk\"}) { nodes { code } } }").body("data.countries.nodes.code", contains("KP"));
        ok("{ countries(filter: {text: \"korea\"}) { nodes { code } } }").body("data.countries.nodes.code",
                contains("KP", "KR"));
    }

    @Test
    void orderingBySignedCountPutsTheMostActiveSignersFirst() {
        ok("{ countries(first: 3, orderBy: {field: SIGNED_COUNT, direction: DESC}) { nodes { code signedCount } } }")
                .body("data.countries.nodes.signedCount", contains(8, 8, 8))
                .body("data.countries.nodes.code", not(hasItem("KP")));
    }

    @Test
    void garbageOrForeignStatementIdMatchesNothing() {
        ok("{ countries(filter: {signed: \"garbage\"}) { totalCount } }").body("data.countries.totalCount", equalTo(0));
        String countryId = ok("{ country(code: \"JP\") { id } }").extract().path("data.country.id");
        query("query($id: ID) { countries(filter: {signed: $id}) { totalCount } }", "id", countryId)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "orderBy: {field: CODE, direction: DESC}", "orderBy: {field: SIGNED_COUNT, direction: DESC}",
            "orderBy: {field: NAME, direction: DESC}"})
    void forwardAndBackwardPagingVisitEveryCountryOnceInOrder(String orderBy) {
        List<String> forward = Paging.walk("countries", orderBy, "code", 37, false);
        assertEquals(250, forward.size());
        assertEquals(250, new HashSet<>(forward).size());
        assertEquals(forward, Paging.walk("countries", orderBy, "code", 41, true));
    }
}
