package org.statementatlas.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.statementatlas.operations.AtlasCommand;

/** {@code import DIR} when DIR is an export: loads it whole into an empty database (docs/export.md). */
@ApplicationScoped
public class ImportExportCommand implements AtlasCommand {

    private static final Logger LOG = Logger.getLogger(ImportExportCommand.class);

    private final DatasetImport importer;

    ImportExportCommand(DatasetImport importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        // Users type "import DIR"; the main class selects this command when DIR holds reference-facts.json.
        return "import-export";
    }

    @Override
    public int run(List<String> arguments) {
        Path dir = Path.of(arguments.get(0));
        try {
            long started = System.nanoTime();
            DatasetExport.Summary summary = importer.importExport(dir);
            LOG.infof("Export %s imported in %d ms: %s", dir, (System.nanoTime() - started) / 1_000_000, summary);
            return 0;
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.errorf("Import of the export %s failed, nothing was imported: %s", dir, e.getMessage());
            return 2;
        }
    }
}
