package org.statementatlas.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementatlas.JarClient;
import org.statementatlas.PackagedApp;
import org.statementatlas.operations.RewordedMigrations.Reworded;

/**
 * The packaged service starts on a database that an earlier build migrated while a migration's comments read
 * differently ({@code database-before-v2-rewording.sql}, that build's schema and history as H2 wrote them), and leaves
 * it valid for Flyway; a checksum of no known wording still stops the start.
 */
class RewordedMigrationsIT {

    private static final Reworded V2 = RewordedMigrations.REWORDED.get(0);

    @TempDir
    Path dataDir;

    @BeforeEach
    void restoreTheEarlierDatabase() throws SQLException, URISyntaxException {
        assumeTrue(PackagedApp.isBuilt(), "runs against the packaged application: ./mvnw package first");
        Path script = Path.of(RewordedMigrationsIT.class.getResource("database-before-v2-rewording.sql").toURI());
        try (Connection db = database()) {
            db.createStatement().execute("runscript from '" + script + "'");
            assertEquals(V2.earlier(), storedChecksum(db));
        }
    }

    @Test
    void startsOnADatabaseMigratedWithTheEarlierWording() throws Exception {
        JarClient client = new JarClient();
        PackagedApp app = PackagedApp.start(dataDir);
        try (app) {
            assertEquals("{\"data\":{\"countries\":{\"totalCount\":250}}}",
                    client.port(app.awaitPort()).anonymous("{ countries { totalCount } }").body());
        }
        assertTrue(app.log().contains("Migration V2: accepted the checksum of its earlier wording"), app.log());
        try (Connection db = database()) {
            assertEquals(V2.today(), storedChecksum(db));
        }
    }

    @Test
    void aChecksumOfNoKnownWordingStillStopsTheStart() throws Exception {
        try (Connection db = database()) {
            db.createStatement().execute("update \"flyway_schema_history\" set \"checksum\" = " + (V2.earlier() + 1)
                    + " where \"version\" = '" + V2.version() + "'");
        }
        PackagedApp app = PackagedApp.start(dataDir);
        try (app) {
            assertNotEquals(0, app.awaitExit(), app.log());
        }
        assertTrue(app.log().contains("Cannot start: the database schema could not be migrated"), app.log());
        assertTrue(app.log().contains("checksum mismatch"), app.log());
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("atlas"), "sa", "");
    }

    private int storedChecksum(Connection db) throws SQLException {
        try (ResultSet row = db.createStatement().executeQuery(
                "select \"checksum\" from \"flyway_schema_history\" where \"version\" = '" + V2.version() + "'")) {
            assertTrue(row.next());
            return row.getInt(1);
        }
    }
}
