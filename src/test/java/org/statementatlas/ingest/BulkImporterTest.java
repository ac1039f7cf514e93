package org.statementatlas.ingest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementatlas.graphql.Editor;
import org.statementatlas.graphql.GraphQL;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The bulk import into the database: text files (with or without a URL line) and saved HTML pages in one directory,
 * each through the same pipeline as ingestArticle; a file that fails is skipped and counted in the exit code.
 */
@QuarkusTest
class BulkImporterTest {

    @Inject
    BulkImporter importer;

    @TempDir
    Path dir;

    private final String marker = UUID.randomUUID().toString();
    private final String textUrl = "https://example.org/import/text/" + marker;
    private final String htmlUrl = "https://example.org/import/html/" + marker;

    @AfterEach
    void deleteImported() {
        for (String url : List.of(textUrl, htmlUrl)) {
            String id = article(url);
            if (id != null) {
                Editor.ok("mutation($in: DeleteSourceArticleInput!) { deleteSourceArticle(input: $in) { deletedId } }",
                        "in", Map.of("id", id));
            }
        }
    }

    private static String article(String url) {
        return GraphQL.ok("query($url: String) { sourceArticle(url: $url) { id } }", "url", url).extract()
                .path("data.sourceArticle.id");
    }

    @Test
    void textAndHtmlFilesAreImportedThroughTheSamePipeline() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "URL: " + textUrl + "\nAllies rebuke Pyongyang\n\n12 January 2024\n\n"
                + "Fifty countries and the European Union on Friday condemned North Korea's missile sales to Russia,"
                + " officials said in text note " + marker + ". Moscow denied the transfers.", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.html"), LocalSite.page(marker).replace("</head>",
                "<link rel=\"canonical\" href=\"" + htmlUrl + "\"></head>"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ignored.json"), "{}", StandardCharsets.UTF_8);

        assertEquals(0, importer.importDirectory(dir));

        String query = "query($url: String) { sourceArticle(url: $url) { headline outlet { name } publishedOn text"
                + " mentions { country { code } } statements { slug } } }";
        GraphQL.ok(query, "url", htmlUrl)
                .body("data.sourceArticle.headline", equalTo("Allies rebuke Pyongyang over arms sales"))
                .body("data.sourceArticle.outlet.name", equalTo("The Loopback Times"))
                .body("data.sourceArticle.publishedOn", equalTo("2024-01-12"))
                .body("data.sourceArticle.text", startsWith("Fifty countries and the European Union"))
                .body("data.sourceArticle.mentions.country.code", hasItem("KP"))
                .body("data.sourceArticle.statements.slug", hasItem("dprk-russia-ballistic-missile-transfers-2024-01"));
        GraphQL.ok(query, "url", textUrl).body("data.sourceArticle.publishedOn", equalTo("2024-01-12"))
                .body("data.sourceArticle.mentions.country.code", hasItem("RU"));
    }

    @Test
    void anHtmlFileThatIsNoArticleIsSkippedAndTheOthersImported() throws IOException {
        Files.writeString(dir.resolve("a.htm"), "<html><body><p>Too short.</p></body></html>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.html"), LocalSite.page(marker).replace("</head>",
                "<link rel=\"canonical\" href=\"" + htmlUrl + "\"></head>"), StandardCharsets.UTF_8);

        assertEquals(1, importer.importDirectory(dir));

        GraphQL.ok("query($url: String) { sourceArticle(url: $url) { url } }", "url", htmlUrl)
                .body("data.sourceArticle.url", equalTo(htmlUrl));
        assertNull(article(textUrl));
    }
}
