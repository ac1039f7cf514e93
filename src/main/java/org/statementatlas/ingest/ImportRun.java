package org.statementatlas.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jboss.logging.Logger;
import org.statementatlas.graphql.error.ApiException;

/**
 * The loop both importers share: every file of a directory read, imported, reported in one progress line and
 * counted. A file that fails is reported and skipped, the others are still imported; a summary line closes the run.
 */
final class ImportRun {

    private static final Logger LOG = Logger.getLogger(ImportRun.class);

    /** What one imported article came to, for its progress line. */
    record Imported(boolean created, String url, String linkedSlug, Double linkConfidence, int countries, int claims,
            int warnings) {
    }

    /** Imports one article, in this process or through a running service. */
    interface Importer {

        Imported importOne(ImportFiles.Article article) throws IOException, InterruptedException;
    }

    private ImportRun() {
    }

    /** Returns the process exit code: 0 when every file was imported, 1 when some failed, 2 when none could be read. */
    static int importDirectory(Path dir, Importer importer) {
        List<Path> files;
        try {
            files = ImportFiles.list(dir);
        } catch (IOException e) {
            LOG.errorf("Import: cannot read %s: %s", dir, e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        int created = 0;
        int updated = 0;
        int failed = 0;
        for (Path file : files) {
            long fileStarted = System.nanoTime();
            int seen = created + updated + failed + 1;
            try {
                Imported imported = importer.importOne(ImportFiles.read(file));
                if (imported.created()) {
                    created++;
                } else {
                    updated++;
                }
                LOG.infof("[%d/%d] %s %s -> %s (%s; %d countries, %d claims, %d warnings) %d ms", seen, files.size(),
                        imported.created() ? "created" : "updated", dir.relativize(file), imported.url(),
                        linked(imported.linkedSlug(), imported.linkConfidence()), imported.countries(), imported.claims(),
                        imported.warnings(), (System.nanoTime() - fileStarted) / 1_000_000);
            } catch (IOException | ApiException e) {
                failed++;
                LOG.warnf("[%d/%d] failed  %s: %s", seen, files.size(), dir.relativize(file), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.warn("Import interrupted");
                break;
            } catch (RuntimeException e) {
                failed++;
                LOG.warnf(e, "[%d/%d] failed  %s: %s", seen, files.size(), dir.relativize(file), e);
            }
        }
        LOG.info(String.format(Locale.ROOT, "Import finished: %d files, %d created, %d updated, %d failed in %.1f s",
                files.size(), created, updated, failed, (System.nanoTime() - started) / 1e9));
        return failed == 0 ? 0 : created + updated == 0 ? 2 : 1;
    }

    private static String linked(String slug, Double confidence) {
        return slug == null ? "not linked" : String.format(Locale.ROOT, "linked to %s, %.2f", slug, confidence);
    }
}
