package org.statementatlas.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.ValidateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.statementatlas.operations.RewordedMigrations.Reworded;

/**
 * The checksum rewrite runs inside Flyway itself, with no Quarkus start: Flyway on an in-memory H2 database with the
 * service's migrations, once as the service configures it and once without the customizer.
 */
class RewordedMigrationsTest {

    private String url;
    private Connection keepAlive;

    @BeforeEach
    void openDatabase() throws SQLException {
        url = "jdbc:h2:mem:reworded-" + UUID.randomUUID();
        keepAlive = DriverManager.getConnection(url, "sa", "");
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        keepAlive.close();
    }

    @Test
    void todaysChecksumIsThatOfTheMigrationFile() {
        Flyway flyway = plain().load();
        for (Reworded migration : RewordedMigrations.REWORDED) {
            MigrationInfo info = Arrays.stream(flyway.info().all())
                    .filter(m -> m.getVersion() != null && m.getVersion().getVersion().equals(migration.version()))
                    .findFirst().orElseThrow();
            assertEquals(migration.today(), info.getChecksum(), "V" + migration.version()
                    + " changed again: add its new checksum as today's, and keep accepting the earlier ones");
        }
    }

    @Test
    void aDatabaseMigratedWithTheEarlierWordingMigratesAndValidates() throws SQLException {
        plain().load().migrate();
        for (Reworded migration : RewordedMigrations.REWORDED) {
            storeChecksum(migration.version(), migration.earlier());
        }
        assertFalse(plain().load().validateWithResult().validationSuccessful, "the mismatch this class is for");

        customized().load().migrate();

        for (Reworded migration : RewordedMigrations.REWORDED) {
            assertEquals(migration.today(), storedChecksum(migration.version()));
        }
        assertTrue(plain().load().validateWithResult().validationSuccessful);
    }

    @Test
    void anyOtherChecksumStillFailsValidation() throws SQLException {
        plain().load().migrate();
        Reworded migration = RewordedMigrations.REWORDED.get(0);
        storeChecksum(migration.version(), migration.earlier() + 1);

        ValidateResult result = customized().load().validateWithResult();

        assertFalse(result.validationSuccessful);
        assertEquals(migration.earlier() + 1, storedChecksum(migration.version()));
    }

    @Test
    void anEmptyDatabaseIsMigratedAsUsual() throws SQLException {
        customized().load().migrate();
        assertEquals(RewordedMigrations.REWORDED.get(0).today(), storedChecksum(RewordedMigrations.REWORDED.get(0).version()));
    }

    private FluentConfiguration plain() {
        return Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/common",
                "classpath:db/migration/h2");
    }

    private FluentConfiguration customized() {
        FluentConfiguration configuration = plain();
        new RewordedMigrations().customize(configuration);
        return configuration;
    }

    private void storeChecksum(String version, int checksum) throws SQLException {
        try (PreparedStatement update = keepAlive.prepareStatement(
                "update \"flyway_schema_history\" set \"checksum\" = ? where \"version\" = ?")) {
            update.setInt(1, checksum);
            update.setString(2, version);
            assertEquals(1, update.executeUpdate());
        }
    }

    private int storedChecksum(String version) throws SQLException {
        try (PreparedStatement select = keepAlive.prepareStatement(
                "select \"checksum\" from \"flyway_schema_history\" where \"version\" = ?")) {
            select.setString(1, version);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return row.getInt(1);
            }
        }
    }
}
