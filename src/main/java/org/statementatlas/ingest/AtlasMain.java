package org.statementatlas.ingest;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;
import org.statementatlas.operations.AtlasCommand;
import org.statementatlas.operations.StartupFailure;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point of the packaged application. Without arguments it runs the service. The commands run and exit:
 * <ul>
 * <li>{@code import DIR}: a directory of articles straight into the database, for when the service is stopped. Quarkus
 * starts without its HTTP listener, migrates and (on an empty database) loads the dataset as usual, then ingests each
 * file. When DIR is an export (it holds reference-facts.json), the export is loaded whole into an empty database
 * instead, and the bundled dataset is not.</li>
 * <li>{@code import --url http://host:8080/graphql DIR}: through the running service's ingestArticle mutation. Nothing
 * opens the database but the service; this process starts on a throwaway in-memory database.</li>
 * <li>{@code export DIR}: the whole database as a dataset directory, with the service stopped.</li>
 * <li>{@code restore BACKUP.zip}: a backup into an empty data directory, on a throwaway in-memory database.</li>
 * </ul>
 * The database is an H2 file that one process opens at a time (H2's file lock); H2's AUTO_SERVER mode would let a second
 * process in, but it opens a TCP port on every network interface for as long as the service runs, so this application
 * does not use it. A direct import or export while the service runs therefore fails fast with a message saying what to
 * do instead.
 */
@QuarkusMain
public class AtlasMain implements QuarkusApplication {

    private static final Logger LOG = Logger.getLogger(AtlasMain.class);
    static final String USAGE = "Usage: java -jar quarkus-run.jar [import [--url http://host:port/graphql] DIR"
            + " | export DIR | restore BACKUP.zip]";
    private static final String IMPORT_EXPORT = "import-export";

    /** The command being run, or null when serving. */
    private static String command;

    private final BulkImporter importer;
    private final Instance<AtlasCommand> commands;

    AtlasMain(BulkImporter importer, @Any Instance<AtlasCommand> commands) {
        this.importer = importer;
        this.commands = commands;
    }

    public static void main(String... args) {
        command = args.length > 0 ? args[0] : null;
        if (command != null) {
            // A command, not a server: no HTTP listener, so it never clashes with the service's port.
            System.setProperty("quarkus.http.host-enabled", "false");
        }
        if (isImportOfExport(args)) {
            // An export goes into an empty database whole, so the bundled dataset must not fill it first.
            System.setProperty("atlas.dataset.load-on-start", "false");
        }
        if ("import".equals(command) && args.length == 4 && args[1].equals("--url") || "restore".equals(command)) {
            // The database is the running service's, or the one being restored: this process needs a throwaway one.
            System.setProperty("quarkus.datasource.jdbc.url", "jdbc:h2:mem:atlas-" + command + ";DB_CLOSE_DELAY=-1");
            System.setProperty("atlas.dataset.load-on-start", "false");
        }
        Quarkus.run(AtlasMain.class, AtlasMain::exit, args);
    }

    /** {@code import DIR} where DIR holds reference-facts.json, as an export does and a directory of articles does not. */
    private static boolean isImportOfExport(String... args) {
        return args.length == 2 && args[0].equals("import") && Files.isRegularFile(Path.of(args[1], "reference-facts.json"));
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        if (isImportOfExport(args)) {
            return run(IMPORT_EXPORT, List.of(args[1]));
        }
        if (args[0].equals("import") && args.length == 2) {
            return importer.importDirectory(Path.of(args[1]));
        }
        if (args[0].equals("import") && args.length == 4 && args[1].equals("--url")) {
            return new RemoteImporter(URI.create(args[2]), System.getenv("ATLAS_IMPORT_AUTHORIZATION"))
                    .importDirectory(Path.of(args[3]));
        }
        if (!args[0].equals("import") && !args[0].equals(IMPORT_EXPORT)) {
            return run(args[0], List.of(args).subList(1, args.length));
        }
        LOG.error(USAGE);
        return 2;
    }

    private int run(String name, List<String> arguments) {
        for (AtlasCommand candidate : commands) {
            if (candidate.name().equals(name)) {
                return candidate.run(arguments);
            }
        }
        LOG.error(USAGE);
        return 2;
    }

    /**
     * Quarkus logs nothing when a custom handler is set, so a failure to start is logged here: one line saying what
     * went wrong and what to do, with the failure after it.
     */
    private static void exit(int code, Throwable failure) {
        if (failure != null) {
            if ("export".equals(command) && StartupFailure.isDatabaseInUse(failure)) {
                LOG.error("The database is in use, most likely by the running service. Stop the service, or export a"
                        + " copy: take a backup (backupDatabase), restore it into another data directory and export"
                        + " from there: ATLAS_DATA_DIR=DIR ... export OUT", failure);
            } else if ("import".equals(command) && StartupFailure.isDatabaseInUse(failure)) {
                LOG.error("The database is in use, most likely by the running service. Stop the service, or import"
                        + " through it: ATLAS_IMPORT_AUTHORIZATION=\"Bearer <editor token>\" ... import --url"
                        + " http://localhost:8080/graphql DIR", failure);
            } else {
                LOG.error(StartupFailure.explain(failure), failure);
            }
            if (code == 0) {
                code = 1;
            }
        }
        System.exit(code);
    }
}
