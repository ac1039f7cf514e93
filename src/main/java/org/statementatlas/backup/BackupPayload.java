package org.statementatlas.backup;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The result of backupDatabase. */
@Description("The result of backupDatabase: the backup file written in the server's backup directory.")
public record BackupPayload(
        @NonNull @Description("Name of the backup file in the server's backup directory (atlas.backup.directory), e.g. \"atlas-20261201-213512-123-4f2a.zip\". Restore it with the restore command (docs/operations.md).") String file,
        @Description("Size of the file in bytes.") long bytes,
        @NonNull @Description("When the backup was taken; it holds every write committed before then.") Instant createdAt) {
}
