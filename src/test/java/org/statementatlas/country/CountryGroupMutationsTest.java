package org.statementatlas.country;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.statementatlas.graphql.Editor.input;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.Editor;
import org.statementatlas.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/** Country-group writes, on groups of the tests' own and on countries no read test looks at. */
@QuarkusTest
class CountryGroupMutationsTest {

    private static final String CREATE = "mutation($in: CreateCountryGroupInput!) { createCountryGroup(input: $in) { group { code name version members { code } } added removed } }";
    private static final String SET = "mutation($in: SetGroupMembersInput!) { setGroupMembers(input: $in) { group { version members { code } } added removed } }";

    @Inject
    EntityManager em;

    private static String newCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void createThenReplaceMembers() {
        String code = newCode();
        Editor.ok(CREATE, "in", input("code", code, "name", "Pacific test group", "countryCodes", List.of("tv", "NR")))
                .body("data.createCountryGroup.group.version", equalTo(0))
                .body("data.createCountryGroup.group.members.code", contains("NR", "TV"))
                .body("data.createCountryGroup.added", contains("NR", "TV"));
        Editor.ok(SET, "in", input("groupCode", code.toLowerCase(), "countryCodes", List.of("TV", "KI"), "expectedVersion", 0))
                .body("data.setGroupMembers.group.version", equalTo(1))
                .body("data.setGroupMembers.group.members.code", contains("KI", "TV"))
                .body("data.setGroupMembers.added", contains("KI"))
                .body("data.setGroupMembers.removed", contains("NR"));
        GraphQL.ok("{ country(code: \"KI\") { groups { code } } }").body("data.country.groups.code", contains(code));
    }

    @Test
    void staleVersionIsConflict() {
        String code = newCode();
        Editor.ok(CREATE, "in", input("code", code, "name", "G", "countryCodes", List.of("TV")));
        Editor.ok(SET, "in", input("groupCode", code, "countryCodes", List.of("NR"), "expectedVersion", 0));
        Map<String, Long> before = Editor.rowCounts(em);
        Editor.mutate(SET, "in", input("groupCode", code, "countryCodes", List.of("KI"), "expectedVersion", 0))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.currentVersion", equalTo(1));
        assertEquals(before, Editor.rowCounts(em));
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        String code = newCode();
        Editor.ok(CREATE, "in", input("code", code, "name", "G", "countryCodes", List.of()));
        refused(CREATE, input("code", "g7", "name", "Taken", "countryCodes", List.of()), "BAD_USER_INPUT", "code");
        refused(CREATE, input("code", newCode(), "name", " ", "countryCodes", List.of()), "BAD_USER_INPUT", "name");
        refused(CREATE, input("code", newCode(), "name", "G", "countryCodes", List.of("TV", "QQ")), "BAD_USER_INPUT",
                "countryCodes");
        refused(SET, input("groupCode", code, "countryCodes", List.of("TV", "tv"), "expectedVersion", 0),
                "BAD_USER_INPUT", "countryCodes");
        refused(SET, input("groupCode", "NO-SUCH-GROUP", "countryCodes", List.of(), "expectedVersion", 0), "NOT_FOUND",
                "groupCode");
    }

    private void refused(String mutation, Map<String, Object> in, String code, String field) {
        Map<String, Long> before = Editor.rowCounts(em);
        Editor.mutate(mutation, "in", in).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].extensions.field", equalTo(field));
        assertEquals(before, Editor.rowCounts(em));
    }
}
