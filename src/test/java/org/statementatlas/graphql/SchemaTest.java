package org.statementatlas.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.statementatlas.graphql.GraphQL.ok;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The schema is the product's documentation: every type, field, argument and enum value must say what it is. */
@QuarkusTest
class SchemaTest {

    private static final Set<String> BUILT_IN = Set.of("String", "Int", "Float", "Boolean", "ID", "Date", "DateTime",
            "BigInteger", "BigDecimal", "Long", "Query", "Mutation", "Subscription");

    @Test
    @SuppressWarnings("unchecked")
    void everyTypeFieldArgumentAndEnumValueHasADescription() {
        List<Map<String, Object>> types = ok("""
                { __schema { types { name kind description
                    fields { name description args { name description } }
                    inputFields { name description }
                    enumValues { name description } } } }""").extract().path("data.__schema.types");
        List<String> undocumented = new ArrayList<>();
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__")) {
                continue;
            }
            if (!BUILT_IN.contains(name) && blank(type.get("description"))) {
                undocumented.add(name);
            }
            for (String member : List.of("fields", "inputFields", "enumValues")) {
                for (Map<String, Object> field : (List<Map<String, Object>>) orEmpty(type.get(member))) {
                    if (blank(field.get("description"))) {
                        undocumented.add(name + "." + field.get("name"));
                    }
                    for (Map<String, Object> arg : (List<Map<String, Object>>) orEmpty(field.get("args"))) {
                        if (blank(arg.get("description"))) {
                            undocumented.add(name + "." + field.get("name") + "(" + arg.get("name") + ")");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), undocumented, "schema elements without a description");
    }

    @Test
    void schemaIsServedAsSdl() {
        given().when().get("/graphql/schema.graphql").then().statusCode(200)
                .body(containsString("type StatementConnection"))
                .body(containsString("interface Node"));
    }

    @Test
    void healthEndpointsReportUp() {
        given().when().get("/q/health/ready").then().statusCode(200).body(containsString("\"UP\""));
        given().when().get("/q/health/live").then().statusCode(200).body(containsString("\"UP\""));
    }

    @Test
    void graphiqlIsServed() {
        given().redirects().follow(true).when().get("/q/graphql-ui/").then().statusCode(200)
                .body(containsString("graphiql"));
    }

    private static boolean blank(Object description) {
        return description == null || description.toString().isBlank();
    }

    private static Object orEmpty(Object list) {
        return list == null ? List.of() : list;
    }
}
