package org.statementatlas.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.BindException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.QuarkusBindException;
import io.smallrye.config.ConfigValidationException;

/** The explanation each kind of failure gets, however deep in the chain its cause sits. */
class StartupFailureTest {

    private static RuntimeException started(Throwable cause) {
        return new RuntimeException("Failed to start quarkus", new IllegalStateException("wrapped", cause));
    }

    @Test
    void portInUse() {
        assertEquals("Cannot start: HTTP port 8080 is already in use by another process. Stop that process, or give"
                + " this service another port with QUARKUS_HTTP_PORT (-Dquarkus.http.port).",
                StartupFailure.explain(started(new QuarkusBindException("0.0.0.0", 8080, new BindException()))));
    }

    @Test
    void eachConfigurationProblemIsNamedOnce() {
        var problem = new ConfigValidationException.Problem("SRCFG00050: atlas.x in SysPropConfigSource does not map"
                + " to any root");
        String line = StartupFailure.explain(started(new ConfigValidationException(
                new ConfigValidationException.Problem[]{problem, problem})));
        assertTrue(line.startsWith("Cannot start: the configuration is invalid: SRCFG00050: atlas.x in"
                + " SysPropConfigSource does not map to any root. Correct"), line);
    }

    @Test
    void aConnectionTimeoutPointsToTheLockFirst() {
        FlywayException flyway = new FlywayException("Unable to obtain connection from database",
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException()));
        String line = StartupFailure.explain(started(flyway));
        assertTrue(line.startsWith("Cannot start: no database connection could be opened in time. Most often"
                + " another process holds the database file"), line);
    }

    @Test
    void h2ErrorsAreToldApartByTheirCode() {
        assertTrue(StartupFailure.explain(started(new SQLException("Database may be already in use", "HY000", 90020)))
                .startsWith("Cannot start: the database file is locked by another process"));
        assertTrue(StartupFailure.explain(started(new SQLException("File corrupted while reading record", "HY000",
                90030))).startsWith("Cannot start: the database file is corrupt or not an H2 database of this"
                        + " version (File corrupted while reading record)"));
        assertTrue(StartupFailure.isDatabaseInUse(started(new SQLException("in use", "HY000", 90020))));
        assertFalse(StartupFailure.isDatabaseInUse(started(new SQLException("other", "HY000", 90030))));
    }

    @Test
    void aFailedMigrationSaysWhatWasApplied() {
        String line = StartupFailure.explain(started(new FlywayException("Found non-empty schema(s) \"PUBLIC\"\nmore")));
        assertEquals("Cannot start: the database schema could not be migrated (Found non-empty schema(s) \"PUBLIC\")."
                + " Run the version of the service that created this database, or restore a backup made by this"
                + " version; the flyway_schema_history table shows what was applied.", line);
    }

    @Test
    void aUrlOfAnotherDatabaseKindNamesTheSchemeButNotTheRest() {
        FlywayException flyway = new FlywayException("Unable to obtain connection from database",
                new SQLException("Driver does not support the provided URL: jdbc:postgresql://db/atlas?password=pw"));
        String line = StartupFailure.explain(started(flyway));
        assertTrue(line.startsWith("Cannot start: this build has no driver for jdbc:postgresql URLs. The database"
                + " kind is fixed when the service is built"), line);
        assertFalse(line.contains("pw"), line);
    }

    @Test
    void anInvalidSettingSaysWhich() {
        assertEquals("Cannot start: atlas.x is malformed. Correct the setting and start again.",
                StartupFailure.explain(started(new InvalidSettingException("atlas.x is malformed"))));
    }

    @Test
    void anythingElseIsNamedWithItsRootCause() {
        assertEquals("Cannot start: java.lang.OutOfMemoryError: Metaspace. This failure has no known remedy; the cause"
                + " follows.", StartupFailure.explain(started(new OutOfMemoryError("Metaspace"))));
    }
}
