package org.statementatlas.ingest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statementatlas.graphql.Editor;
import org.statementatlas.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * ingestArticle given only a URL, against a site the test serves on loopback, which this profile allows (and only
 * IPv4 loopback): pages in HTML and text are fetched and stored, redirects followed up to the limit and each target
 * checked again, and every failure (time, size, status, media type, redirects, connection) gives its code and
 * reason and writes nothing.
 */
@QuarkusTest
@TestProfile(IngestByUrlTest.LoopbackAllowed.class)
class IngestByUrlTest {

    /**
     * Loopback allowed, with small bounds so the failures come quickly. The request time budget is raised: the first
     * ingestion in a freshly started application builds the country dictionary, which on a loaded machine alone can
     * take longer than the default 5 s, and this test is about fetching, not about budgets.
     */
    public static class LoopbackAllowed implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("atlas.ingest.fetch.allowed-networks", "127.0.0.0/8", "atlas.ingest.fetch.timeout", "1s",
                    "atlas.ingest.fetch.connect-timeout", "1s", "atlas.ingest.fetch.max-bytes", "100000",
                    "atlas.ingest.fetch.max-redirects", "3", "atlas.graphql.limits.time-budget", "60s");
        }
    }

    private static final String INGEST = "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {"
            + " created linkedStatement { slug } article { url headline outlet { name } publishedOn text"
            + " mentions { country { code } } claims { value verdict } } } }";

    @RegisterExtension
    static final LocalSite site = new LocalSite();
    private final List<String> stored = new ArrayList<>();

    @Inject
    EntityManager em;

    @AfterEach
    void deleteStored() {
        for (String url : stored) {
            String id = GraphQL.ok("query($url: String) { sourceArticle(url: $url) { id } }", "url", url).extract()
                    .path("data.sourceArticle.id");
            if (id != null) {
                Editor.ok("mutation($in: DeleteSourceArticleInput!) { deleteSourceArticle(input: $in) { deletedId } }",
                        "in", Map.of("id", id));
            }
        }
    }

    private String fetchable(String path) {
        String url = site.url(path);
        stored.add(url);
        return url;
    }

    @Test
    void anHtmlPageIsFetchedReadAndStoredUnderTheUrlGiven() {
        String marker = UUID.randomUUID().toString();
        String url = fetchable("/article/" + marker);
        Editor.ok(INGEST, "input", Map.of("url", url)).body("data.ingestArticle.created", equalTo(true))
                .body("data.ingestArticle.article.url", equalTo(url))
                .body("data.ingestArticle.article.headline", equalTo("Allies rebuke Pyongyang over arms sales"))
                .body("data.ingestArticle.article.outlet.name", equalTo("The Loopback Times"))
                .body("data.ingestArticle.article.publishedOn", equalTo("2024-01-12"))
                .body("data.ingestArticle.article.text", startsWith("Fifty countries and the European Union"))
                .body("data.ingestArticle.article.mentions.country.code", hasItem("KP"))
                .body("data.ingestArticle.article.claims[0].verdict", equalTo("MATCHES"))
                .body("data.ingestArticle.linkedStatement.slug", equalTo("dprk-russia-ballistic-missile-transfers-2024-01"));
        // It asked as the configured agent, for an uncompressed body.
        assertEquals("StatementAtlas/1.0 (article ingestion)", site.lastHeaders().getFirst("User-Agent"));
        assertNull(site.lastHeaders().getFirst("Accept-Encoding"));
        // Fetching the same URL again updates the article.
        Editor.ok(INGEST, "input", Map.of("url", url)).body("data.ingestArticle.created", equalTo(false));
    }

    @Test
    void aPlainTextPageGoesThroughTheTextPipeline() {
        String marker = UUID.randomUUID().toString();
        String url = fetchable("/plain/" + marker);
        Editor.ok(INGEST, "input", Map.of("url", url)).body("data.ingestArticle.article.url", equalTo(url))
                .body("data.ingestArticle.article.publishedOn", equalTo("2024-01-12"))
                .body("data.ingestArticle.article.mentions.country.code", hasItem("RU"));
    }

    @Test
    void redirectsAreFollowedUpToTheLimit() {
        String marker = UUID.randomUUID().toString();
        String url = fetchable("/redirect/2/" + marker);
        Editor.ok(INGEST, "input", Map.of("url", url)).body("data.ingestArticle.article.url", equalTo(url))
                .body("data.ingestArticle.article.text", org.hamcrest.Matchers.containsString(marker));
    }

    @ParameterizedTest
    @CsvSource({"/redirect/3/too-many, TOO_MANY_REDIRECTS", "/loop, TOO_MANY_REDIRECTS", "/slow, TIMEOUT",
            "/big, TOO_LARGE", "/big-declared, TOO_LARGE", "/status/404, HTTP_STATUS", "/status/500, HTTP_STATUS",
            "/status/204, NOT_HTML", "/pdf, NOT_HTML", "/untyped, NOT_HTML"})
    void aFetchThatFailsGivesUpstreamFailedWithItsReasonAndWritesNothing(String path, String reason) {
        Map<String, Long> before = Editor.rowCounts(em);
        var response = Editor.mutate(INGEST, "input", Map.of("url", site.url(path))).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UPSTREAM_FAILED"))
                .body("errors[0].extensions.reason", equalTo(reason)).body("errors[0].path[0]", equalTo("ingestArticle"));
        if (path.startsWith("/status/4") || path.startsWith("/status/5")) {
            response.body("errors[0].extensions.status", equalTo(Integer.parseInt(path.substring(8))));
        }
        assertEquals(before, Editor.rowCounts(em));
    }

    @Test
    void aClosedPortGivesConnectionFailed() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Editor.mutate(INGEST, "input", Map.of("url", "http://127.0.0.1:" + port + "/article/x"))
                .body("errors[0].extensions.code", equalTo("UPSTREAM_FAILED"))
                .body("errors[0].extensions.reason", equalTo("CONNECTION_FAILED"));
    }

    @ParameterizedTest
    @CsvSource({"http://169.254.169.254/latest/meta-data/, ADDRESS", "http://10.1.2.3/, ADDRESS",
            "http://[::1]:PORT/article/v6, ADDRESS", "http://2130706433:PORT/article/decimal, ADDRESS",
            "file:///etc/passwd, SCHEME", "http://user:pw@127.0.0.1:PORT/article/c, CREDENTIALS"})
    void everyRedirectTargetIsCheckedAgain(String target, String reason) {
        Map<String, Long> before = Editor.rowCounts(em);
        String location = target.replace("PORT", Integer.toString(site.port()));
        Editor.mutate(INGEST, "input", Map.of("url", site.url("/to?" + URLEncoder.encode(location, StandardCharsets.UTF_8))))
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.reason", equalTo(reason))
                .body("errors[0].message", startsWith("The page redirected to "));
        assertEquals(before, Editor.rowCounts(em));
    }

    @Test
    void loopbackIsAllowedOnlyInTheFormsOfTheAllowedNetwork() {
        // ::1 is loopback too, but this profile allows 127.0.0.0/8 only.
        Editor.mutate(INGEST, "input", Map.of("url", "http://[::1]:" + site.port() + "/article/v6"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.reason", equalTo("ADDRESS"));
    }
}
