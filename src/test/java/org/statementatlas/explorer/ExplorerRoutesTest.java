package org.statementatlas.explorer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

@QuarkusTest
class ExplorerRoutesTest {

    private static final Pattern MAIN_SCRIPT = Pattern
            .compile("<script type=\"module\" src=\"(/assets/[0-9a-f]{12}/app/main\\.js)\"></script>");
    /** Rest Assured asks for gzip and inflates it by default; these requests see the bytes as sent. */
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/, 200",
            "/statements/dprk-russia-ballistic-missile-transfers-2024-01, 200",
            "/statements/dprk-russia-ballistic-missile-transfers-2024-01/, 200",
            "/statements/no-such-statement, 404",
            "/countries/jp, 200",
            "/countries/EU, 200",
            "/countries/ZZ, 404",
            "/articles/U291cmNlQXJ0aWNsZTox, 200",
            "/articles/U291cmNlQXJ0aWNsZTo5OTk, 404",
            "/articles/U3RhdGVtZW50OjE, 404",
            "/articles/not-an-id, 404",
            "/desk, 200",
            "/desk/articles/new, 200",
            "/desk/statements/new, 200",
            "/desk/nope, 404",
            "/nope, 404",
            "/app/main.js, 404",
            "/map/world.json, 404",
            "/statements, 404",
            "/assets/000000000000/app/main.js, 404",
            "/a/b/c.html, 404"})
    void everyExplorerPathServesThePageWith200OnlyForExistingObjects(String path, int status) {
        given().when().get(path).then().statusCode(status)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", "no-cache")
                .body(matchesPattern("(?s).*" + MAIN_SCRIPT.pattern() + ".*"));
    }

    @Test
    void theApiAndTheFrameworkKeepTheirOwnAnswers() {
        given().when().get("/q/health/live").then().statusCode(200).contentType(startsWith("application/json"));
        given().when().get("/graphql/schema.graphql").then().statusCode(200).body(containsString("type Query"));
        given().when().get("/q/no-such-thing").then().statusCode(greaterThanOrEqualTo(400))
                .contentType(not(startsWith("text/html")));
    }

    @Test
    void thePageRevalidatesWithItsETag() {
        Response first = given().when().get("/countries/jp");
        String etag = first.header("ETag");
        assertTrue(etag != null && etag.matches("\"[A-Za-z0-9_-]{43}\""), etag);
        given().header("If-None-Match", etag).when().get("/").then().statusCode(304)
                .header("ETag", etag).body(emptyOrNullString());
        given().header("If-None-Match", "W/" + etag).when().get("/statements/dprk-russia-ballistic-missile-transfers-2024-01")
                .then().statusCode(304);
        given().header("If-None-Match", "\"other\"").when().get("/").then().statusCode(200).header("ETag", etag);
        given().header("If-None-Match", etag).when().get("/countries/ZZ").then().statusCode(404)
                .header("ETag", nullValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"app/main.js, text/javascript", "app/style.css, text/css", "map/world.json, application/json"})
    void versionedFilesAreImmutableAndGzipped(String file, String type) throws IOException {
        String prefix = assetPrefix();
        Response plain = given().config(RAW).header("Accept-Encoding", "identity").when().get(prefix + file);
        plain.then().statusCode(200).contentType(startsWith(type))
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("Vary", "Accept-Encoding")
                .header("Content-Encoding", nullValue());
        Response zipped = given().config(RAW).header("Accept-Encoding", "gzip, br").when().get(prefix + file);
        zipped.then().statusCode(200).header("Content-Encoding", "gzip").header("ETag", plain.header("ETag"));
        byte[] inflated = new GZIPInputStream(new ByteArrayInputStream(zipped.asByteArray())).readAllBytes();
        assertEquals(plain.asByteArray().length, inflated.length);
        assertTrue(zipped.asByteArray().length < inflated.length);
        given().config(RAW).header("Accept-Encoding", "gzip;q=0").when().get(prefix + file).then()
                .header("Content-Encoding", nullValue());
        given().config(RAW).when().head(prefix + file).then().statusCode(200)
                .header("Content-Length", String.valueOf(plain.asByteArray().length));
    }

    @Test
    void thePageIsGzippedAndTheApiKeepsItsETags() {
        given().config(RAW).header("Accept-Encoding", "gzip").when().get("/").then().statusCode(200)
                .header("Content-Encoding", "gzip");
        String query = "{ __typename }";
        String etag = given().config(RAW).header("Accept-Encoding", "gzip").queryParam("query", query)
                .when().get("/graphql").then().statusCode(200).header("Content-Encoding", nullValue())
                .extract().header("ETag");
        given().header("If-None-Match", etag).queryParam("query", query).when().get("/graphql").then().statusCode(304);
    }

    @Test
    void acceptEncodingIsReadAsTheSpecSays() {
        assertTrue(ExplorerRoutes.acceptsGzip("deflate, gzip;q=1.0, *;q=0.5"));
        assertTrue(ExplorerRoutes.acceptsGzip("*"));
        assertFalse(ExplorerRoutes.acceptsGzip("gzip;q=0.000"));
        assertFalse(ExplorerRoutes.acceptsGzip("br"));
        assertFalse(ExplorerRoutes.acceptsGzip(null));
    }

    private static String assetPrefix() {
        String page = given().when().get("/").then().statusCode(200).extract().asString();
        Matcher matcher = MAIN_SCRIPT.matcher(page);
        assertTrue(matcher.find(), page);
        String main = matcher.group(1);
        given().when().get(main).then().statusCode(200).body(containsString("import"), not(equalTo("")));
        return main.substring(0, main.length() - "app/main.js".length());
    }
}
