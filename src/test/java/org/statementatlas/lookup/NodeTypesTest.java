package org.statementatlas.lookup;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.statementatlas.graphql.GraphQL.ok;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.Editor;

import io.quarkus.test.junit.QuarkusTest;

/**
 * node(id:) for every type that implements Node, including those only a write creates (a change-log entry), so it runs
 * in the test profile, which has an editor token, and not against the packaged application.
 */
@QuarkusTest
class NodeTypesTest {

    @Test
    void nodeResolvesEveryNodeType() {
        // The schema's own list, so that a new Node type fails here until node(id:) loads it.
        List<String> types = ok("{ __type(name: \"Node\") { possibleTypes { name } } }").extract()
                .path("data.__type.possibleTypes.name");
        assertEquals(Set.of("Statement", "Country", "CountryGroup", "SourceArticle", "Change"), Set.copyOf(types));

        String code = "N" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String groupId = Editor
                .ok("mutation($in: CreateCountryGroupInput!) { createCountryGroup(input: $in) { group { id } } }",
                        "in", Map.of("code", code, "name", "Node test group", "countryCodes", List.of("TV")))
                .extract().path("data.createCountryGroup.group.id");
        var ids = ok("""
                query($g: ID!) { statement(slug: "msmt-launch-2024-10-16") { id }
                  country(code: "KP") { id }
                  sourceArticle(url: "https://www.kyivpost.com/post/26530") { id }
                  changes(entityId: $g, first: 1) { nodes { id } } }""", "g", groupId).extract();
        String changeId = ids.path("data.changes.nodes[0].id");
        ok("query($s: ID!, $c: ID!, $g: ID!, $a: ID!, $ch: ID!) {"
                + " s: node(id: $s) { __typename ... on Statement { slug } }"
                + " c: node(id: $c) { __typename ... on Country { code } }"
                + " g: node(id: $g) { __typename id ... on CountryGroup { code name members { code } } }"
                + " a: node(id: $a) { __typename id ... on SourceArticle { agency } }"
                + " ch: node(id: $ch) { __typename id ... on Change { operation entity entityId } } }",
                "s", ids.path("data.statement.id"), "c", ids.path("data.country.id"), "g", groupId,
                "a", ids.path("data.sourceArticle.id"), "ch", changeId)
                .body("data.s.__typename", equalTo("Statement"))
                .body("data.s.slug", equalTo("msmt-launch-2024-10-16"))
                .body("data.c.__typename", equalTo("Country"))
                .body("data.c.code", equalTo("KP"))
                .body("data.g.__typename", equalTo("CountryGroup"))
                .body("data.g.id", equalTo(groupId))
                .body("data.g.code", equalTo(code))
                .body("data.g.name", equalTo("Node test group"))
                .body("data.g.members.code", contains("TV"))
                .body("data.a.__typename", equalTo("SourceArticle"))
                .body("data.a.id", equalTo(ids.path("data.sourceArticle.id")))
                .body("data.a.agency", equalTo("AFP"))
                .body("data.ch.__typename", equalTo("Change"))
                .body("data.ch.id", equalTo(changeId))
                .body("data.ch.operation", equalTo("createCountryGroup"))
                .body("data.ch.entity", equalTo("CountryGroup"))
                .body("data.ch.entityId", equalTo(groupId));
    }

}
