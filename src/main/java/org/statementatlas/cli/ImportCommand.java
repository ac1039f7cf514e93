package org.statementatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.statementatlas.dataset.DatasetExport;
import org.statementatlas.dataset.DatasetImport;
import org.statementatlas.ingest.BulkImporter;

/**
 * {@code import DIR}: a directory of articles straight into the database, for when the service is stopped. Quarkus
 * starts without its HTTP listener, migrates and (on an empty database) loads the dataset as usual, then ingests each
 * file. When DIR is an export (it holds reference-facts.json), the export is loaded whole into an empty database
 * instead, and the bundled dataset is not (docs/export.md).
 */
@Singleton
class ImportCommand extends Command {

    static final Form FORM = new Form("import", "DIR",
            "Imports a directory of articles into the database, with the service stopped; when DIR is an export, loads"
                    + " it whole into an empty database instead.",
            List.of("ATLAS_DATA_DIR"),
            arguments -> arguments.size() == 2 && !arguments.get(1).startsWith("-"),
            arguments -> DatasetImport.isExport(Path.of(arguments.get(1)))
                    // An export goes into an empty database whole, so the bundled dataset must not fill it first.
                    ? Map.of("atlas.dataset.load-on-start", "false")
                    : Map.of(),
            "The database is in use, most likely by the running service. Stop the service, or import through it:"
                    + " ATLAS_IMPORT_AUTHORIZATION=\"Bearer <editor token>\" ... import --url"
                    + " http://localhost:8080/graphql DIR");

    private static final Logger LOG = Logger.getLogger(ImportCommand.class);

    private final BulkImporter articles;
    private final DatasetImport exports;

    ImportCommand(BulkImporter articles, DatasetImport exports) {
        super(FORM);
        this.articles = articles;
        this.exports = exports;
    }

    @Override
    int run(List<String> arguments) {
        Path dir = Path.of(arguments.get(1));
        if (!DatasetImport.isExport(dir)) {
            return articles.importDirectory(dir);
        }
        try {
            long started = System.nanoTime();
            DatasetExport.Summary summary = exports.importExport(dir);
            LOG.infof("Export %s imported in %d ms: %s", dir, (System.nanoTime() - started) / 1_000_000, summary);
            return 0;
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.errorf("Import of the export %s failed, nothing was imported: %s", dir, e.getMessage());
            return 2;
        }
    }
}
