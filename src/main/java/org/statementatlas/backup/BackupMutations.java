package org.statementatlas.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.jboss.logging.Logger;
import org.statementatlas.graphql.error.ConflictException;
import org.statementatlas.graphql.error.PermissionDeniedException;
import org.statementatlas.security.GraphQLSecurityErrors;
import org.statementatlas.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

import javax.sql.DataSource;

/**
 * The backupDatabase mutation: an online, consistent copy of the H2 database (H2's {@code BACKUP TO}, which copies
 * the store as of one commit while writes go on), written under a name the server chooses into the configured
 * directory. Clients never name a path. The file appears under its final name only once it is complete.
 */
@GraphQLApi
@ApplicationScoped
@GraphQLSecurityErrors
public class BackupMutations {

    private static final Logger LOG = Logger.getLogger(BackupMutations.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final BackupConfig config;
    private final DataSource dataSource;
    private final SecurityIdentity identity;
    /** One backup at a time: H2 pauses space reuse in the store while it copies. */
    private final ReentrantLock running = new ReentrantLock();

    BackupMutations(BackupConfig config, DataSource dataSource, SecurityIdentity identity) {
        this.config = config;
        this.dataSource = dataSource;
        this.identity = identity;
    }

    @Mutation("backupDatabase")
    @RolesAllowed(Roles.EDITOR)
    @Description("Writes a consistent backup of the whole database (a zip holding the H2 file) into the server's backup directory, without stopping the service: it holds every write committed before it started. The server names the file. FORBIDDEN when backups are off (no atlas.backup.directory) or the database is in memory; CONFLICT while another backup is running.")
    public @NonNull BackupPayload backupDatabase() {
        Path directory = config.directory().orElseThrow(() -> new PermissionDeniedException(
                "Backups are off on this server: the operator sets atlas.backup.directory (ATLAS_BACKUP_DIRECTORY) to turn them on."));
        if (!running.tryLock()) {
            throw new ConflictException("Another backup is being written; try again when it has finished.", null);
        }
        try {
            return writeBackup(directory);
        } finally {
            running.unlock();
        }
    }

    private BackupPayload writeBackup(Path directory) {
        Instant createdAt = Instant.now();
        String name = "atlas-" + STAMP.format(createdAt) + "-"
                + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt()) + ".zip";
        Path target = directory.resolve(name);
        Path partial = directory.resolve("." + name + ".partial");
        try (Connection db = dataSource.getConnection()) {
            if (!db.getMetaData().getURL().startsWith("jdbc:h2:file:")) {
                throw new PermissionDeniedException("This server's database is in memory: there is no file to back up.");
            }
            Files.createDirectories(directory);
            try (PreparedStatement backup = db.prepareStatement("BACKUP TO ?")) {
                backup.setString(1, partial.toString());
                backup.execute();
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            long bytes = Files.size(target);
            LOG.infof("Backup written by %s: %s (%d bytes)", identity.getPrincipal().getName(), target, bytes);
            return new BackupPayload(name, bytes, createdAt);
        } catch (SQLException e) {
            throw new IllegalStateException("H2 could not write the backup " + partial, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup into " + directory, e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                LOG.warnf("Could not remove the unfinished backup %s: %s", partial, e.getMessage());
            }
        }
    }
}
