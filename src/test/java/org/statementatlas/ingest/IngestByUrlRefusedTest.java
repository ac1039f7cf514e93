package org.statementatlas.ingest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statementatlas.graphql.Editor;
import org.statementatlas.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The request-forgery guard over GraphQL, with the default setting (no allowed networks): a page served on loopback
 * is refused by every name and form of the address, and so are private, link-local and metadata addresses, other
 * schemes and URLs with credentials. The site never sees a request, and nothing is written.
 */
@QuarkusTest
class IngestByUrlRefusedTest {

    static final String INGEST = "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {"
            + " created article { url } } }";

    @RegisterExtension
    static final LocalSite site = new LocalSite();

    @Inject
    EntityManager em;

    @ParameterizedTest
    @CsvSource({"http://127.0.0.1:PORT/article/m1, ADDRESS", "http://localhost:PORT/article/m2, ADDRESS",
            "http://LocalHost:PORT/article/m3, ADDRESS", "http://[::1]:PORT/article/m4, ADDRESS",
            "http://[::ffff:127.0.0.1]:PORT/article/m5, ADDRESS", "http://[::ffff:7f00:1]:PORT/article/m6, ADDRESS",
            "http://2130706433:PORT/article/m7, ADDRESS", "http://0177.0.0.1:PORT/article/m8, ADDRESS",
            "http://0x7f000001:PORT/article/m9, ADDRESS", "http://127.1:PORT/article/m10, ADDRESS",
            "http://10.0.0.1/article, ADDRESS", "http://192.168.0.1/, ADDRESS", "http://172.16.5.4/, ADDRESS",
            "http://169.254.169.254/latest/meta-data/, ADDRESS", "http://[fd00:ec2::254]/latest/meta-data/, ADDRESS",
            "http://100.64.0.1/, ADDRESS", "http://0.0.0.0:PORT/, ADDRESS", "http://[fe80::1]/, ADDRESS",
            "http://[::]:PORT/, ADDRESS", "ftp://127.0.0.1:PORT/article/m11, SCHEME", "file:///etc/passwd, SCHEME",
            "http://editor:secret@127.0.0.1:PORT/article/m12, CREDENTIALS", "http://bad host/, INVALID_URL"})
    void aUrlAtAnAddressThatIsNotPublicIsRefusedAndNeverRequested(String url, String reason) {
        Map<String, Long> before = Editor.rowCounts(em);
        int requests = site.requests();
        Editor.mutate(INGEST, "input", Map.of("url", url.replace("PORT", Integer.toString(site.port()))))
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.reason", equalTo(reason))
                .body("errors[0].extensions.field", equalTo("input.url"))
                .body("errors[0].path[0]", equalTo("ingestArticle"));
        assertEquals(requests, site.requests(), "the site must not have been asked");
        assertEquals(before, Editor.rowCounts(em));
    }

    @Test
    void theMessageSaysHowToAllowANetworkWithoutRevealingWhereANameResolves() {
        Editor.mutate(INGEST, "input", Map.of("url", "http://localhost:" + site.port() + "/article/msg"))
                .body("errors[0].message", containsString("atlas.ingest.fetch.allowed-networks"))
                .body("errors[0].message", containsString("localhost"))
                .body("errors[0].message", org.hamcrest.Matchers.not(containsString("127.0.0.1")));
    }

    @Test
    void onlyAnEditorMayHaveAPageFetched() {
        int requests = site.requests();
        GraphQL.query(INGEST, "input", Map.of("url", "https://example.org/news/1"))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        GraphQL.queryAs(Editor.READER_TOKEN, INGEST, "input", Map.of("url", "https://example.org/news/1"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertEquals(requests, site.requests());
    }

    @Test
    void textOrHtmlWithAUrlIsNotFetched() {
        int requests = site.requests();
        Editor.mutate(INGEST, "input", Map.of("html", "<p>short</p>", "url", site.url("/article/not-fetched")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        assertEquals(requests, site.requests());
    }
}
