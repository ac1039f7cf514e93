package org.statementatlas.ingest;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.statementatlas.changelog.Replicas;

/**
 * Imports a directory of articles straight into the database, through {@link IngestService}: the same pipeline and the
 * same one-transaction-per-article as the mutation ({@link ImportRun} reports and counts). Used by {@code java -jar quarkus-run.jar import DIR} while the
 * service is stopped (the {@code cli} package runs it); in PostgreSQL mode replicas may run, and drop their cached answers when
 * it ends.
 */
@ApplicationScoped
public class BulkImporter {

    private static final Logger LOG = Logger.getLogger(BulkImporter.class);

    private final IngestService service;
    private final Replicas replicas;

    BulkImporter(IngestService service, Replicas replicas) {
        this.service = service;
        this.replicas = replicas;
    }

    /** Returns the process exit code: 0 when every file was imported, 1 when some failed, 2 when none could be read. */
    public int importDirectory(Path dir) {
        int exit = ImportRun.importDirectory(dir, article -> {
            IngestService.Outcome outcome = service.ingest(article.toRequest());
            return new ImportRun.Imported(outcome.created(), outcome.article().url,
                    outcome.linkedStatement() == null ? null : outcome.linkedStatement().slug, outcome.linkConfidence(),
                    outcome.countries(), outcome.claims(), outcome.warnings().size());
        });
        // The import leaves no change-log entries; running replicas on the same PostgreSQL database must still
        // stop serving cached answers from before it.
        replicas.announceUnloggedWrites();
        return exit;
    }
}
