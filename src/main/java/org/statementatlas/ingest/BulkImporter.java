package org.statementatlas.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.statementatlas.graphql.error.ApiException;

/**
 * Imports a directory of articles straight into the database, through {@link IngestService}: the same pipeline and the
 * same one-transaction-per-article as the mutation. One progress line per file, then a summary; a file that fails is
 * reported and skipped, the others are still imported. Used by {@code java -jar quarkus-run.jar import DIR} while the
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
        List<Path> files;
        try {
            files = ImportFiles.list(dir);
        } catch (IOException e) {
            LOG.errorf("Import: cannot read %s: %s", dir, e.getMessage());
            return 2;
        }
        Summary summary = new Summary(files.size());
        for (Path file : files) {
            long started = System.nanoTime();
            try {
                IngestService.Outcome outcome = service.ingest(ImportFiles.read(file));
                summary.done(outcome.created());
                LOG.infof("[%d/%d] %s %s -> %s (%s; %d countries, %d claims, %d warnings) %d ms", summary.seen(),
                        files.size(), outcome.created() ? "created" : "updated", dir.relativize(file),
                        outcome.article().url, linked(outcome.linkedStatement() == null
                                ? null
                                : outcome.linkedStatement().slug, outcome.linkConfidence()),
                        outcome.countries(), outcome.claims(),
                        outcome.warnings().size(), (System.nanoTime() - started) / 1_000_000);
            } catch (IOException | ApiException e) {
                summary.failed();
                LOG.warnf("[%d/%d] failed  %s: %s", summary.seen(), files.size(), dir.relativize(file), e.getMessage());
            } catch (RuntimeException e) {
                summary.failed();
                LOG.warnf(e, "[%d/%d] failed  %s: %s", summary.seen(), files.size(), dir.relativize(file), e);
            }
        }
        LOG.info(summary.line());
        return summary.exitCode();
    }

    static String linked(String slug, Double confidence) {
        return slug == null ? "not linked" : String.format(Locale.ROOT, "linked to %s, %.2f", slug, confidence);
    }

    /** Counts for the closing line, shared with the remote importer. */
    static final class Summary {

        private final int total;
        private final long started = System.nanoTime();
        private int created;
        private int updated;
        private int failed;

        Summary(int total) {
            this.total = total;
        }

        void done(boolean wasCreated) {
            if (wasCreated) {
                created++;
            } else {
                updated++;
            }
        }

        void failed() {
            failed++;
        }

        int seen() {
            return created + updated + failed;
        }

        String line() {
            return String.format(Locale.ROOT, "Import finished: %d files, %d created, %d updated, %d failed in %.1f s", total,
                    created, updated, failed, (System.nanoTime() - started) / 1e9);
        }

        int exitCode() {
            return failed == 0 ? 0 : created + updated == 0 ? 2 : 1;
        }
    }
}
