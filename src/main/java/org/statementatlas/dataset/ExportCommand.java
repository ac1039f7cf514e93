package org.statementatlas.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.statementatlas.operations.AtlasCommand;

/** {@code export DIR}: writes the whole database as a dataset directory (docs/export.md). */
@ApplicationScoped
public class ExportCommand implements AtlasCommand {

    private static final Logger LOG = Logger.getLogger(ExportCommand.class);

    private final DatasetExport export;

    ExportCommand(DatasetExport export) {
        this.export = export;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public int run(List<String> arguments) {
        if (arguments.size() != 1) {
            LOG.error("Usage: java -jar quarkus-run.jar export DIR");
            return 2;
        }
        Path dir = Path.of(arguments.get(0));
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
