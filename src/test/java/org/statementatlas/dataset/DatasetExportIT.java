package org.statementatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementatlas.DatabaseDump;
import org.statementatlas.JarClient;
import org.statementatlas.PackagedApp;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An export loses nothing: the packaged jar serves edits of every kind (a deleted statement, signatures with a
 * signer, an edited text, a new group, an ingested and linked article), then {@code export} writes the database out
 * and {@code import} loads it into an empty one. Every table is compared row for row, and exporting the imported
 * database again gives the same files.
 */
class DatasetExportIT {

    @TempDir
    Path work;

    @Test
    void importOfAnExportGivesTheSameRowsInEveryTable() throws Exception {
        Path original = work.resolve("original");
        Path imported = work.resolve("imported");
        Path export = work.resolve("export");
        Path again = work.resolve("export-again");
        edit(original);

        run(original, "export", export.toString());
        run(imported, "import", export.toString());

        Map<String, List<String>> before = DatabaseDump.of(original, false);
        Map<String, List<String>> after = DatabaseDump.of(imported, false);
        assertEquals(before.keySet(), after.keySet());
        for (String table : before.keySet()) {
            List<String> missing = new ArrayList<>(before.get(table));
            missing.removeAll(after.get(table));
            List<String> added = new ArrayList<>(after.get(table));
            added.removeAll(before.get(table));
            assertEquals(before.get(table), after.get(table), () -> table + ": lost " + missing + ", gained " + added);
        }
        System.out.println("Export round trip, rows per table: " + DatabaseDump.counts(after));
        run(imported, "export", again.toString());
        assertEquals(files(export), files(again));
    }

    @Test
    void anExportIsImportedIntoAnEmptyDatabaseOnly() throws Exception {
        Path data = work.resolve("data");
        Path export = work.resolve("export");
        run(data, "export", export.toString());
        Map<String, List<String>> before = DatabaseDump.of(data, true);
        PackagedApp refused = PackagedApp.launcher().option("-Datlas.data-dir=" + data)
                .arguments("import", export.toString()).log(work.resolve("refused.log")).start();
        assertEquals(2, refused.awaitExit());
        assertTrue(refused.log().contains("the database is not empty (table country has rows)"), refused.log());
        assertEquals(before, DatabaseDump.of(data, true));
    }

    /** Starts the service on a new data directory, makes one edit of each kind, and stops it. */
    private void edit(Path dataDir) throws Exception {
        Files.createDirectories(dataDir);
        JarClient client = new JarClient();
        PackagedApp app = PackagedApp.start(dataDir, client.editorTokenOption());
        try {
            client.port(app.awaitPort());
            String deleted = createStatement(client, "export-it-deleted");
            client.ok("mutation($in: DeleteStatementInput!) { deleteStatement(input: $in) { deletedId } }", "in",
                    Map.of("id", deleted));
            String id = createStatement(client, "export-it-kept");
            int version = client.ok("mutation($in: AddSignatoriesInput!) { addSignatories(input: $in) {"
                    + " statement { version } } }", "in",
                    Map.of("statementId", id, "countryCodes", List.of("JP", "FR"), "firstListedOn", "2024-03-02",
                            "signerTitle", "Minister for Foreign Affairs", "sourceUrl", "https://example.org/list"))
                    .at("/addSignatories/statement/version").asInt();
            client.ok("mutation($in: UpdateStatementInput!) { updateStatement(input: $in) { statement { version } } }",
                    "in", Map.of("id", id, "expectedVersion", version, "summary", "Edited by the export test, \"quoted\"."));
            client.ok("mutation($in: CreateCountryGroupInput!) { createCountryGroup(input: $in) { group { code } } }",
                    "in", Map.of("code", "EXPORTIT", "name", "Export test group", "countryCodes", List.of("JP", "DE")));
            JsonNode ingested = client.ok("mutation($in: IngestArticleInput!) { ingestArticle(input: $in) {"
                    + " article { id } } }", "in",
                    Map.of("url", "https://example.org/export-it", "text",
                            "Japan and France signed.\n\nTwelve countries condemned the launch on 2 March 2024, the"
                                    + " Japanese foreign minister said: \"We stand together.\" Tokyo and Paris agreed."));
            client.ok("mutation($in: LinkArticleInput!) { linkArticleToStatement(input: $in) { __typename } }", "in",
                    Map.of("articleId", ingested.at("/ingestArticle/article/id").asText(), "statementId", id,
                            "confidence", 0.75, "method", "TITLE"));
            String article = ingested.at("/ingestArticle/article/id").asText();
            int articleVersion = client.ok("query($id: ID) { sourceArticle(id: $id) { version } }", "id", article)
                    .at("/sourceArticle/version").asInt();
            articleVersion = client.ok("mutation($in: RemoveMentionInput!) { removeMention(input: $in) {"
                    + " article { version } } }", "in",
                    Map.of("articleId", article, "expectedVersion", articleVersion,
                            "countryCode", "JP"))
                    .at("/removeMention/article/version").asInt();
            articleVersion = client.ok("mutation($in: AddClaimInput!) { addClaim(input: $in) { article { version } } }",
                    "in", Map.of("articleId", article, "expectedVersion", articleVersion, "value", 2, "counts",
                            "COUNTRIES", "start", 0, "end", 16))
                    .at("/addClaim/article/version").asInt();
            client.ok("mutation($in: SetPublicationDateInput!) { setPublicationDate(input: $in) { article { id } } }",
                    "in", Map.of("articleId", article, "expectedVersion", articleVersion, "datePrecision", "DATE",
                            "publishedOn", "2024-03-02"));
        } finally {
            app.stop();
        }
    }

    private static String createStatement(JarClient client, String slug) throws Exception {
        return client.ok("mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id } } }",
                "in", Map.of("title", "Export test " + slug, "slug", slug, "kind", "JOINT_STATEMENT", "issuedOn",
                        "2024-03-01"))
                .at("/createStatement/statement/id").asText();
    }

    /** Runs a command of the jar on a data directory; it must succeed. */
    private void run(Path dataDir, String... arguments) throws Exception {
        PackagedApp command = PackagedApp.launcher().option("-Datlas.data-dir=" + dataDir).arguments(arguments)
                .log(Files.createTempFile(work, arguments[0], ".log")).start();
        assertEquals(0, command.awaitExit(), command::log);
    }

    /** Every file of an export with its content; the export time is left out. */
    private static Map<String, String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toMap(
                    f -> dir.relativize(f).toString(), f -> read(f).replaceAll("\"exportedAt\" : \"[^\"]*\"", "")));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
