package org.statementatlas.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Singleton;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * Lets databases migrated before a migration's comments were reworded pass Flyway's validation.
 * <p>
 * Flyway's checksum of a SQL migration covers its comments, so rewording a comment in an applied migration would
 * make every database migrated with the earlier text refuse to start ("checksum mismatch"). Before Flyway reads the
 * schema history, this replaces the stored checksum of each reworded migration, and only when it is exactly the
 * earlier text's checksum, by today's. A migration changed in any other way, or applied from any other text, still
 * fails validation, as it should; {@code quarkus.flyway.repair-at-start} would accept those too.
 */
@Singleton
public class RewordedMigrations implements FlywayConfigurationCustomizer {

    private static final Logger LOG = Logger.getLogger(RewordedMigrations.class);

    /** A migration whose comments changed: its version, the checksum of its earlier text and of today's. */
    record Reworded(String version, int earlier, int today) {
    }

    /**
     * Every reworded migration. {@code RewordedMigrationsTest} fails when a {@code today} checksum is no longer that
     * of the file, and {@code RewordedMigrationsIT} starts the packaged service on a database the earlier text
     * migrated.
     */
    static final List<Reworded> REWORDED = List.of(
            // V2__ingestion.sql: its first line named the project's work item instead of saying what the file holds.
            new Reworded("2", 1218406228, 530970540));

    @Override
    public void customize(FluentConfiguration configuration) {
        List<Callback> callbacks = new ArrayList<>(Arrays.asList(configuration.getCallbacks()));
        callbacks.add(new AcceptRewordedChecksums());
        configuration.callbacks(callbacks.toArray(Callback[]::new));
    }

    /** Rewrites the stored checksums before Flyway migrates, validates or reports on the schema history. */
    static final class AcceptRewordedChecksums implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_MIGRATE || event == Event.BEFORE_VALIDATE || event == Event.BEFORE_INFO;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            String table = context.getConfiguration().getTable();
            try {
                Connection connection = context.getConnection();
                if (!exists(connection, table)) {
                    return;
                }
                // Flyway creates the table and its columns with quoted lower-case names, on H2 as on PostgreSQL.
                String update = "update \"" + table + "\" set \"checksum\" = ? where \"version\" = ? and \"checksum\" = ?";
                try (PreparedStatement statement = connection.prepareStatement(update)) {
                    for (Reworded migration : REWORDED) {
                        statement.setInt(1, migration.today());
                        statement.setString(2, migration.version());
                        statement.setInt(3, migration.earlier());
                        if (statement.executeUpdate() > 0) {
                            LOG.infof("Migration V%s: accepted the checksum of its earlier wording (%d, now %d);"
                                    + " only its comments changed", migration.version(), migration.earlier(),
                                    migration.today());
                        }
                    }
                }
            } catch (SQLException e) {
                throw new FlywayException("Could not update the checksums of reworded migrations in " + table, e);
            }
        }

        @Override
        public String getCallbackName() {
            return "reworded migrations";
        }

        private static boolean exists(Connection connection, String table) throws SQLException {
            try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                    table, null)) {
                return tables.next();
            }
        }
    }
}
