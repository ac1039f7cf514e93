package org.statementatlas.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementatlas.DatabaseDump;
import org.statementatlas.JarClient;
import org.statementatlas.PackagedApp;
import org.statementatlas.graphql.id.GlobalId;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Online backups and their restore, against the packaged jar: a backup taken while an editor keeps writing holds
 * exactly the writes committed before some moment (each with its change-log entry) and the service starts on it;
 * a backup taken at rest restores to the same rows in every table; restore never overwrites a database.
 */
class BackupIT {

    private static final String BACKUP = "mutation { backupDatabase { file bytes createdAt } }";

    @TempDir
    Path work;

    @Test
    void backupsTakenWhileWritingRestoreToConsistentDatabases() throws Exception {
        Path data = work.resolve("data");
        Path backups = work.resolve("backups");
        Files.createDirectories(data);
        JarClient client = new JarClient();
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        int acknowledgedBeforeBackup;
        JsonNode duringWrites;
        JsonNode atRest;
        PackagedApp app = PackagedApp.start(data, client.editorTokenOption(), "-Datlas.backup.directory=" + backups);
        try {
            client.port(app.awaitPort());
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> write(client, acknowledged, stop));
            writer.start();
            awaitAcknowledged(acknowledged, 20);
            acknowledgedBeforeBackup = acknowledged.size();
            duringWrites = client.ok(BACKUP).get("backupDatabase");
            awaitAcknowledged(acknowledged, acknowledged.size() + 20);
            stop.set(true);
            writer.join();
            atRest = client.ok(BACKUP).get("backupDatabase");
        } finally {
            app.stop();
        }
        for (JsonNode backup : List.of(duringWrites, atRest)) {
            String file = backup.get("file").asText();
            assertTrue(file.matches("atlas-\\d{8}-\\d{6}-\\d{3}-[0-9a-f]{4}\\.zip"), file);
            assertEquals(Files.size(backups.resolve(file)), backup.get("bytes").asLong());
        }
        try (Stream<Path> files = Files.list(backups)) {
            assertEquals(2, files.count(), "no unfinished backup is left behind");
        }

        Path restored = work.resolve("restored");
        assertEquals(0, restore(restored, backups.resolve(atRest.get("file").asText())).awaitExit());
        assertEquals(DatabaseDump.of(data, true), DatabaseDump.of(restored, true));

        Path midway = work.resolve("midway");
        assertEquals(0, restore(midway, backups.resolve(duringWrites.get("file").asText())).awaitExit());
        PackagedApp onBackup = PackagedApp.start(midway);
        try {
            // The start migrates nothing and validates the schema (Flyway, Hibernate); then the data is served.
            new JarClient().port(onBackup.awaitPort()).ok("{ statements { totalCount } }");
        } finally {
            onBackup.stop();
        }
        List<String> present = writtenStatements(midway);
        assertTrue(present.size() >= acknowledgedBeforeBackup, present.size() + " < " + acknowledgedBeforeBackup);
        assertEquals(acknowledged.subList(0, present.size()), present, "the writes up to one moment, in order");
        assertFalse(present.size() == acknowledged.size(), "the backup was taken while writes went on");

        PackagedApp refused = restore(restored, backups.resolve(atRest.get("file").asText()));
        assertEquals(2, refused.awaitExit());
        assertTrue(refused.log().contains("already holds a database"), refused.log());
    }

    /** Creates statements one after another until told to stop, recording the slug of each acknowledged one. */
    private static void write(JarClient client, List<String> acknowledged, AtomicBoolean stop) {
        try {
            for (int n = 0; !stop.get(); n++) {
                String slug = String.format("backup-it-%05d", n);
                JsonNode answer = client.post("mutation($in: CreateStatementInput!) { createStatement(input: $in) {"
                        + " statement { id } } }", "in",
                        Map.of("title", "Backup test " + n, "slug", slug, "kind",
                                "JOINT_STATEMENT", "issuedOn", "2024-03-01"));
                if (!answer.has("errors")) {
                    acknowledged.add(slug);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitAcknowledged(List<String> acknowledged, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (acknowledged.size() < count) {
            assertTrue(System.nanoTime() < deadline, "the writer stalled at " + acknowledged.size() + " writes");
            Thread.sleep(20);
        }
    }

    private PackagedApp restore(Path dataDir, Path backup) throws Exception {
        return PackagedApp.launcher().option("-Datlas.data-dir=" + dataDir).arguments("restore", backup.toString())
                .log(Files.createTempFile(work, "restore", ".log")).start();
    }

    /**
     * The slugs of the test's statements in a database, in creation order; each must have exactly one change-log
     * entry, and no entry may name a statement that is not there.
     */
    private static List<String> writtenStatements(Path dataDir) throws Exception {
        List<String> slugs = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("atlas")
                + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", "sa", "");
                ResultSet statements = db.createStatement().executeQuery(
                        "SELECT id, slug FROM statement WHERE slug LIKE 'backup-it-%' ORDER BY id");
                PreparedStatement changes = db.prepareStatement(
                        "SELECT COUNT(*) FROM change_log WHERE operation = 'createStatement' AND entity_id = ?")) {
            while (statements.next()) {
                slugs.add(statements.getString(2));
                changes.setString(1, GlobalId.encode("Statement", statements.getLong(1)));
                try (ResultSet count = changes.executeQuery()) {
                    count.next();
                    assertEquals(1, count.getInt(1), statements.getString(2));
                }
            }
            try (ResultSet all = db.createStatement()
                    .executeQuery("SELECT COUNT(*) FROM change_log WHERE operation = 'createStatement'")) {
                all.next();
                assertEquals(slugs.size(), all.getInt(1), "change-log entries without their statement");
            }
        }
        return slugs;
    }
}
