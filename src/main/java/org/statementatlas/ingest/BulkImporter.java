package org.statementatlas.ingest;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Imports a directory of articles straight into the database, through {@link IngestService}: the same pipeline and the
 * same one-transaction-per-article as the mutation ({@link ImportRun} reports and counts). Used by {@code java -jar quarkus-run.jar import DIR} while the
 * service is stopped (see {@link AtlasMain}).
 */
@ApplicationScoped
public class BulkImporter {

    private static final Logger LOG = Logger.getLogger(BulkImporter.class);

    private final IngestService service;

    BulkImporter(IngestService service) {
        this.service = service;
    }

    /** Returns the process exit code: 0 when every file was imported, 1 when some failed, 2 when none could be read. */
    public int importDirectory(Path dir) {
        return ImportRun.importDirectory(dir, article -> {
            IngestService.Outcome outcome = service.ingest(article.toRequest());
            return new ImportRun.Imported(outcome.created(), outcome.article().url,
                    outcome.linkedStatement() == null ? null : outcome.linkedStatement().slug, outcome.linkConfidence(),
                    outcome.countries(), outcome.claims(), outcome.warnings().size());
        });
    }
}
