package org.statementatlas.backup;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Settings of online backups (the {@code atlas.backup.*} properties). */
@ConfigMapping(prefix = "atlas.backup")
public interface BackupConfig {

    /**
     * Directory the {@code backupDatabase} mutation writes into, created when missing. Unset (the default), backups
     * are off and the mutation answers FORBIDDEN. Env: ATLAS_BACKUP_DIRECTORY.
     */
    Optional<Path> directory();
}
