package org.statementatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.statementatlas.dataset.DatasetExport;

/** {@code export DIR}: writes the whole database as a dataset directory, with the service stopped (docs/export.md). */
@Singleton
class ExportCommand extends Command {

    static final Form FORM = new Form("export", "DIR",
            "Writes the whole database as a dataset directory, with the service stopped.", List.of("ATLAS_DATA_DIR"),
            arguments -> arguments.size() == 2, arguments -> Map.of(),
            "The database is in use, most likely by the running service. Stop the service, or export a copy: take a"
                    + " backup (backupDatabase), restore it into another data directory and export from there:"
                    + " ATLAS_DATA_DIR=DIR ... export OUT");

    private static final Logger LOG = Logger.getLogger(ExportCommand.class);

    private final DatasetExport export;

    ExportCommand(DatasetExport export) {
        super(FORM);
        this.export = export;
    }

    @Override
    int run(List<String> arguments) {
        Path dir = Path.of(arguments.get(1));
        try {
            long started = System.nanoTime();
            DatasetExport.Summary summary = export.export(dir);
            LOG.infof("Export written to %s in %d ms: %s", dir, (System.nanoTime() - started) / 1_000_000, summary);
            return 0;
        } catch (IOException | SQLException e) {
            LOG.errorf("Export failed: %s", e.getMessage());
            return 2;
        }
    }
}
