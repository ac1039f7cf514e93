package org.statementatlas.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.Editor;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Budgets of three anonymous requests and five editor requests an hour, so that nothing refills while the test
 * runs. The test client is trusted as a proxy, so each test picks its own client address in X-Forwarded-For.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBudgets.class)
class RateLimitTest {

    /** Tiny budgets, on; the test client (loopback) is a trusted proxy. */
    public static class SmallBudgets implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("atlas.rate-limit.enabled", "true",
                    "atlas.rate-limit.anonymous.limit", "3", "atlas.rate-limit.anonymous.period", "1H",
                    "atlas.rate-limit.editor.limit", "5", "atlas.rate-limit.editor.period", "1H",
                    "atlas.rate-limit.trusted-proxies", "127.0.0.0/8,::1");
        }
    }

    private static final String QUERY = "{\"query\":\"{ __typename }\"}";
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

    @Test
    void everyAnswerShowsTheBudgetAndTheFourthRequestIsRefused() {
        String client = uniqueAddress();
        for (int remaining = 2; remaining >= 0; remaining--) {
            // t: the seconds until the bucket is full again, 1,200 per missing request (less what refilled meanwhile).
            from(client).body(QUERY).post("/graphql").then().statusCode(200)
                    .header("RateLimit-Policy", "\"anonymous\";q=3;w=3600")
                    .header("RateLimit", matchesPattern("\"anonymous\";r=" + remaining + ";t=\\d+"))
                    .header("RateLimit", secondsUntilFull(1200 * (3 - remaining)))
                    .body("data.__typename", equalTo("Query"));
        }
        ValidatableResponse refused = from(client).body(QUERY).post("/graphql").then().statusCode(429)
                .header("RateLimit", matchesPattern("\"anonymous\";r=0;t=\\d+"))
                .header("RateLimit", secondsUntilFull(3600))
                .header("Cache-Control", "no-store")
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Access-Control-Allow-Origin", nullValue())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("RATE_LIMITED"))
                .body("errors[0].message", startsWith("Too many requests: this client address may send 3 requests"
                        + " per 3600 s. Retry after "));
        int retryAfter = Integer.parseInt(refused.extract().header("Retry-After"));
        assertTrue(retryAfter > 1100 && retryAfter <= 1200, "a token refills every 1,200 s: " + retryAfter);
        refused.body("errors[0].extensions.retryAfter", equalTo(retryAfter));
    }

    /** A RateLimit header whose t is at most the given seconds and at most a minute less (time passes meanwhile). */
    private static Matcher<String> secondsUntilFull(int atMost) {
        return new TypeSafeMatcher<>() {

            @Override
            protected boolean matchesSafely(String header) {
                long t = Long.parseLong(header.substring(header.indexOf(";t=") + 3));
                return t <= atMost && t > atMost - 60;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("t within a minute below " + atMost);
            }
        };
    }

    @Test
    void aRefusalIsReadableFromAnyOrigin() {
        String client = exhausted();
        from(client).header("Origin", "https://elsewhere.example").body(QUERY).post("/graphql").then()
                .statusCode(429)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("Retry-After"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Policy"));
    }

    @Test
    void answersAcrossOriginsExposeTheBudgetHeaders() {
        from(uniqueAddress()).header("Origin", "https://elsewhere.example").body(QUERY).post("/graphql").then()
                .statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("RateLimit"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
    }

    @Test
    void eachAddressHasItsOwnBudgetWhateverTheClientWritesBeforeIt() {
        String client = exhausted();
        from(uniqueAddress()).body(QUERY).post("/graphql").then().statusCode(200)
                .header("RateLimit", containsString("r=2;"));
        // What the client itself wrote is left of what the trusted proxy appended: it changes nothing.
        given().contentType("application/json").header("X-Forwarded-For", "192.0.2.77, " + client)
                .body(QUERY).post("/graphql").then().statusCode(429);
    }

    @Test
    void editorsHaveTheirOwnBudget() {
        String client = exhausted();
        String remaining = from(client).header("Authorization", "Bearer " + Editor.TOKEN).body(QUERY)
                .post("/graphql").then().statusCode(200)
                .header("RateLimit-Policy", "\"editor\";q=5;w=3600")
                .extract().header("RateLimit");
        assertTrue(remaining.startsWith("\"editor\";r="), remaining);
        // A token without the editor role counts against the address.
        from(client).header("Authorization", "Bearer " + Editor.READER_TOKEN).body(QUERY).post("/graphql").then()
                .statusCode(429).header("RateLimit-Policy", "\"anonymous\";q=3;w=3600");
    }

    @Test
    void preflightsTakeNothing() {
        String client = uniqueAddress();
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", client).header("Origin", "https://elsewhere.example")
                    .header("Access-Control-Request-Method", "POST").options("/graphql").then().statusCode(204)
                    .header("RateLimit", matchesPattern("\"anonymous\";r=3;t=0"));
        }
        from(client).body(QUERY).post("/graphql").then().statusCode(200).header("RateLimit", containsString("r=2;"));
    }

    @Test
    void otherPathsAreNotCounted() {
        given().header("X-Forwarded-For", uniqueAddress()).get("/q/health/live").then().statusCode(200)
                .header("RateLimit", nullValue());
    }

    private static String exhausted() {
        String client = uniqueAddress();
        for (int i = 0; i < 3; i++) {
            ValidatableResponse ok = from(client).body(QUERY).post("/graphql").then();
            ok.statusCode(200);
        }
        return client;
    }

    private static RequestSpecification from(String client) {
        return given().contentType("application/json").header("X-Forwarded-For", client);
    }

    /** An address of the benchmarking range 198.18.0.0/15, different for each call. */
    private static String uniqueAddress() {
        int n = NEXT_ADDRESS.incrementAndGet();
        return "198.18." + (n >> 8) + "." + (n & 0xff);
    }
}
