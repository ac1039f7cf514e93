package org.statementatlas.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Sends GraphQL requests over HTTP the way clients do: a JSON body built from a map, never by hand. */
public final class GraphQL {

    private GraphQL() {
    }

    /** Posts a query with variables given as alternating names and values. */
    public static ValidatableResponse query(String query, Object... variables) {
        return queryAs(null, query, variables);
    }

    /** Posts a query with {@code Authorization: Bearer <token>} (none when the token is null). */
    public static ValidatableResponse queryAs(String token, String query, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", vars);
        RequestSpecification request = given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql")
                .then().log().ifValidationFails().statusCode(200);
    }

    /** Posts a query that must succeed: no errors in the response. */
    public static ValidatableResponse ok(String query, Object... variables) {
        return query(query, variables).body("errors", nullValue());
    }
}
