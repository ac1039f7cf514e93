package org.statementatlas.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * HTML answers carry the Content-Security-Policy and its companions, other answers only nosniff; and GraphiQL
 * still works under that policy in a real browser (Debian's Chromium, when installed).
 */
@QuarkusTest
class BrowserProtectionsTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TestHTTPResource("/q/graphql-ui/")
    URL graphiql;

    @Test
    void graphiqlPageGetsThePolicy() {
        given().get("/q/graphql-ui/").then().statusCode(200)
                .header("Content-Type", containsString("text/html"))
                .header("Content-Security-Policy", BrowserProtections.CONTENT_SECURITY_POLICY)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY");
    }

    @Test
    void otherAnswersGetNosniffOnly() {
        given().contentType("application/json").body("{\"query\":\"{ __typename }\"}").post("/graphql").then()
                .statusCode(200).header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", nullValue());
        given().get("/q/graphql-ui/render.js").then().statusCode(200).header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", nullValue());
        given().get("/q/health/live").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void graphiqlRendersAndRunsAQueryUnderThePolicy(@TempDir Path profile) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "needs Debian's chromium");
        // GraphiQL puts the query from the URL into its editor and fetches the schema from /graphql.
        String page = graphiql + "?query=" + java.net.URLEncoder.encode("{ country(code: \"JP\") { name } }",
                StandardCharsets.UTF_8);
        Path log = profile.resolve("chromium.log");
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile.resolve("data"), "--enable-logging=stderr", "--v=0",
                "--virtual-time-budget=15000", "--dump-dom", page))
                .redirectError(log.toFile()).redirectOutput(profile.resolve("dom.html").toFile()).start();
        assertTrue(chromium.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        String dom = Files.readString(profile.resolve("dom.html"));
        String console = Files.readString(log);
        assertTrue(dom.contains("graphiql-container"), "GraphiQL rendered:\n" + dom + "\n" + console);
        assertFalse(console.contains("Content Security Policy") || console.contains("Refused to"),
                "no CSP violation:\n" + console);
    }
}
