package org.statementatlas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.statementatlas.operations.AtlasConfig;

/**
 * {@code restore BACKUP.zip}: puts the database file of a backup (from backupDatabase) into the data directory, which
 * must hold no database yet, and checks that H2 opens it. The service then starts on it as usual, and Flyway and
 * Hibernate validate its schema. This command runs on a throwaway in-memory database, so the data directory is opened
 * by nothing else meanwhile.
 */
@Singleton
class RestoreCommand extends Command {

    static final Form FORM = new Form("restore", "BACKUP.zip",
            "Puts a backup written by backupDatabase into the data directory, which must hold no database yet.",
            List.of("ATLAS_DATA_DIR"), arguments -> arguments.size() == 2,
            arguments -> Form.throwawayDatabase("restore"), null);

    /** The file H2 keeps the database in, and the one entry of a backup zip restored. */
    static final String DATABASE_FILE = "atlas.mv.db";
    /** Where the file is unpacked and checked before it takes the database's name. */
    private static final String PARTIAL_NAME = "atlas-restoring";
    private static final Logger LOG = Logger.getLogger(RestoreCommand.class);

    private final Path dataDir;

    RestoreCommand(AtlasConfig config) {
        super(FORM);
        this.dataDir = Path.of(config.dataDir());
    }

    @Override
    int run(List<String> arguments) {
        Path backup = Path.of(arguments.get(1));
        Path target = dataDir.resolve(DATABASE_FILE);
        if (Files.exists(target)) {
            LOG.errorf("Restore refused: %s already holds a database. Stop the service and move %s aside (or restore"
                    + " into another data directory, ATLAS_DATA_DIR), then run restore again.", dataDir, target);
            return 2;
        }
        Path partial = dataDir.resolve(PARTIAL_NAME + ".mv.db");
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            // Only the one entry of that exact name: no path from the archive is ever used.
            ZipEntry entry = zip.getEntry(DATABASE_FILE);
            if (entry == null || entry.isDirectory()) {
                LOG.errorf("Restore refused: %s holds no %s; it is not a backup written by backupDatabase.", backup,
                        DATABASE_FILE);
                return 2;
            }
            Files.createDirectories(dataDir);
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            String schema = schemaVersion(dataDir.resolve(PARTIAL_NAME));
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            LOG.infof("Restored %s into %s (%d bytes, schema version %s). Start the service on this data directory.",
                    backup, target, Files.size(target), schema);
            return 0;
        } catch (IOException | SQLException e) {
            LOG.errorf("Restore of %s failed, the data directory is unchanged: %s", backup, e.getMessage());
            return 2;
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                LOG.warnf("Could not remove %s: %s", partial, e.getMessage());
            }
        }
    }

    /** Opens the database read-only and returns the last migration Flyway applied to it. */
    private static String schemaVersion(Path database) throws SQLException {
        String url = "jdbc:h2:file:" + database.toAbsolutePath() + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                ResultSet version = db.createStatement().executeQuery("SELECT \"version\" FROM"
                        + " \"flyway_schema_history\" WHERE \"success\" ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            if (!version.next()) {
                throw new SQLException("the backup holds no applied migration");
            }
            return version.getString(1);
        }
    }
}
