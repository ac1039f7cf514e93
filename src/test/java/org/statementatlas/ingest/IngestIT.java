package org.statementatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.statementatlas.JarClient;
import org.statementatlas.PackagedApp;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Ingestion and editor writes against the packaged application (the native executable under {@code -Dnative}), prod
 * profile, file database: the whole pipeline (HTML parsing, chrome removal, name matching, claims, statement linking)
 * and optimistic locking, the parts a native image could break at run time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestIT {

    private static final String INGEST = "mutation($in: IngestArticleInput!) { ingestArticle(input: $in) { created"
            + " article { id publishedOn text mentions { country { code } } claims { value verdict } }"
            + " linkedStatement { slug } } }";
    private static final String JANUARY = "dprk-russia-ballistic-missile-transfers-2024-01";

    @RegisterExtension
    static final LocalSite site = new LocalSite();

    private final JarClient client = new JarClient();
    private PackagedApp app;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        app = PackagedApp.start(data, client.editorTokenOption(),
                "-Datlas.ingest.fetch.allowed-networks=127.0.0.0/8,::1/128");
        client.port(app.awaitPort());
    }

    @AfterAll
    void stop() throws InterruptedException {
        app.stop();
    }

    @Test
    void aPastedTextIsCleanedReadLinkedAndStored() throws Exception {
        JsonNode result = client.ok(INGEST, "in", Map.of("url", "https://example.org/ingest-it/text", "text",
                "Home > World\n\nAllies rebuke Pyongyang over arms sales\n\nFriday, 12 January 2024\n\n"
                        + "Fifty countries and the European Union on Friday condemned North Korea's missile sales to"
                        + " Russia, the Foreign Office in London said.\n\n"
                        + "\"The transfers violate resolutions of the Security Council,\" the statement said.\n\n"
                        + "Advertisement\n\nComments (3)\nReader\nThis comment mentions Japan and must not count."))
                .get("ingestArticle");
        assertTrue(result.get("created").asBoolean());
        JsonNode article = result.get("article");
        assertEquals("2024-01-12", article.get("publishedOn").asText());
        assertEquals(List.of("EU", "GB", "KP", "RU"), codes(article));
        assertEquals(50, article.at("/claims/0/value").asInt());
        assertEquals("MATCHES", article.at("/claims/0/verdict").asText());
        assertEquals(JANUARY, result.at("/linkedStatement/slug").asText());
        assertTrue(!article.get("text").asText().contains("Japan"), article.get("text").asText());
    }

    @Test
    void anHtmlPageGoesThroughTheHtmlReader() throws Exception {
        JsonNode result = client.ok(INGEST, "in", Map.of("url", "https://example.org/ingest-it/html", "html",
                LocalSite.page("ingest-it"))).get("ingestArticle");
        JsonNode article = result.get("article");
        assertEquals("2024-01-12", article.get("publishedOn").asText());
        assertTrue(article.get("text").asText().startsWith("Fifty countries and the European Union"),
                article.get("text").asText());
        assertTrue(!article.get("text").asText().contains("Most viewed"), "the aside is chrome");
        assertEquals(List.of("EU", "KP", "RU"), codes(article));
        assertEquals(JANUARY, result.at("/linkedStatement/slug").asText());
    }

    /** By host name, through a redirect: the fetcher's DNS guard, its redirect checks and the HTTP client. */
    @Test
    void aPageIsFetchedByItsUrl() throws Exception {
        String url = "http://localhost:" + site.port() + "/redirect/1/ingest-it-url";
        JsonNode result = client.ok(INGEST, "in", Map.of("url", url)).get("ingestArticle");
        assertTrue(result.get("created").asBoolean());
        assertEquals("2024-01-12", result.at("/article/publishedOn").asText());
        assertEquals(List.of("EU", "KP", "RU"), codes(result.get("article")));
        assertEquals(JANUARY, result.at("/linkedStatement/slug").asText());
    }

    @Test
    void anEditFromAStaleVersionIsRefusedAndChangesNothing() throws Exception {
        String update = "mutation($in: UpdateStatementInput!) { updateStatement(input: $in) { statement { version title } } }";
        String id = client.ok("mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id } } }",
                "in", Map.of("title", "Native edit", "slug", "ingest-it-edit", "kind", "JOINT_STATEMENT", "issuedOn",
                        "2024-06-01"))
                .at("/createStatement/statement/id").asText();
        JsonNode edited = client.ok(update, "in", Map.of("id", id, "expectedVersion", 0, "title", "First edit"));
        assertEquals(1, edited.at("/updateStatement/statement/version").asInt());
        JsonNode stale = client.post(update, "in", Map.of("id", id, "expectedVersion", 0, "title", "Stale edit"));
        assertEquals("CONFLICT", stale.at("/errors/0/extensions/code").asText(), stale.toString());
        assertEquals("First edit", client.ok("query($id: ID!) { node(id: $id) { ... on Statement { title } } }", "id", id)
                .at("/node/title").asText());
    }

    private static List<String> codes(JsonNode article) {
        List<String> codes = new ArrayList<>();
        article.get("mentions").forEach(mention -> codes.add(mention.at("/country/code").asText()));
        return codes.stream().distinct().sorted().toList();
    }
}
