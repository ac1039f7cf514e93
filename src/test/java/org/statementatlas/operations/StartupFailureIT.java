package org.statementatlas.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementatlas.PackagedApp;

/**
 * Every way the packaged service commonly fails to start ends the same way: a non-zero exit code and exactly one
 * ERROR line that says what went wrong and what to do, followed by the cause.
 */
class StartupFailureIT {

    @TempDir
    Path dataDir;

    @Test
    void portInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            String error = failedStart("-Dquarkus.http.port=" + taken.getLocalPort());
            assertTrue(error.contains("Cannot start: HTTP port " + taken.getLocalPort()
                    + " is already in use by another process"), error);
            assertTrue(error.contains("QUARKUS_HTTP_PORT"), error);
        }
    }

    @Test
    void unknownSetting() throws Exception {
        String error = failedStart("-Datlas.security.editor-token=alice:" + "ab".repeat(32));
        assertTrue(error.contains("Cannot start: the configuration is invalid"), error);
        assertTrue(error.contains("atlas.security.editor-token "), error);
        assertTrue(error.contains("docs/configuration.md lists every atlas.* setting"), error);
    }

    @Test
    void malformedSetting() throws Exception {
        String error = failedStart("-Datlas.rate-limit.anonymous.limit=plenty");
        assertTrue(error.contains("Cannot start: the configuration is invalid"), error);
        assertTrue(error.contains("atlas.rate-limit.anonymous.limit"), error);
    }

    @Test
    void malformedTokenListNamesTheEntryButNotItsText() throws Exception {
        String secret = "s3cret-token-pasted-by-mistake";
        PackagedApp app = failed("-Datlas.security.editor-tokens=alice:" + "ab".repeat(32) + "," + secret);
        String error = onlyError(app);
        assertTrue(error.contains("Cannot start: atlas.security.editor-tokens is malformed: entry 2 of 2 is not"
                + " name:sha256hex"), error);
        assertFalse(app.log().contains(secret), app.log());
        assertFalse(app.log().contains("ab".repeat(32)), app.log());
    }

    @Test
    void databaseLockedByAnotherProcess() throws Exception {
        try (Connection holder = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("atlas"), "sa", "")) {
            String error = failedStart();
            assertTrue(error.contains("Cannot start: the database file is locked by another process"), error);
            assertTrue(error.contains("ATLAS_DATA_DIR"), error);
        }
    }

    @Test
    void migrationFails() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("atlas"), "sa", "")) {
            db.createStatement().execute("create table not_ours (id int)");
        }
        String error = failedStart();
        assertTrue(error.contains("Cannot start: the database schema could not be migrated"), error);
        assertTrue(error.contains("flyway_schema_history"), error);
    }

    @Test
    void databaseUrlOfAKindTheBuildLacks() throws Exception {
        String error = failedStart("-Dquarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/atlas?password=s3cret");
        assertTrue(error.contains("Cannot start: this build has no driver for jdbc:postgresql URLs"), error);
        assertFalse(error.contains("s3cret"), error);
        assertTrue(error.contains("./mvnw package -Ppostgresql"), error);
    }

    @Test
    void corruptDatabaseFile() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(15).nextBytes(garbage);
        Files.write(dataDir.resolve("atlas.mv.db"), garbage);
        String error = failedStart();
        assertTrue(error.contains("Cannot start: the database file is corrupt or not an H2 database"), error);
        assertTrue(error.contains("Restore the last backup"), error);
    }

    private String failedStart(String... options) throws Exception {
        return onlyError(failed(options));
    }

    private PackagedApp failed(String... options) throws Exception {
        PackagedApp app = PackagedApp.start(dataDir, options);
        try (app) {
            assertNotEquals(0, app.awaitExit(), app.log());
        }
        return app;
    }

    /**
     * The one ERROR line of the log: the explanation; the cause follows it as a stack trace. A configuration error
     * stops the start before logging is configured, so that line has the JDK's default format ("ERROR: ...").
     */
    private static String onlyError(PackagedApp app) {
        String log = app.log();
        List<String> errors = log.lines().filter(line -> line.contains(" ERROR ") || line.startsWith("ERROR: "))
                .toList();
        assertEquals(1, errors.size(), log);
        String after = log.substring(log.indexOf(errors.get(0)) + errors.get(0).length());
        assertTrue(after.contains("\tat "), "the cause follows:\n" + log);
        return errors.get(0);
    }
}
