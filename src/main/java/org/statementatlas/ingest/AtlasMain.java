package org.statementatlas.ingest;

import java.net.URI;
import java.nio.file.Path;

import org.jboss.logging.Logger;
import org.statementatlas.operations.StartupFailure;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point of the packaged application. Without arguments it runs the service. With {@code import DIR} it imports
 * a directory of articles and exits:
 * <ul>
 * <li>{@code import DIR}: straight into the database, for when the service is stopped. Quarkus starts without its HTTP
 * listener, migrates and (on an empty database) loads the dataset as usual, then ingests each file.</li>
 * <li>{@code import --url http://host:8080/graphql DIR}: through the running service's ingestArticle mutation. Nothing
 * opens the database but the service; this process starts on a throwaway in-memory database.</li>
 * </ul>
 * The database is an H2 file that one process opens at a time (H2's file lock); H2's AUTO_SERVER mode would let a second
 * process in, but it opens a TCP port on every network interface for as long as the service runs, so this application
 * does not use it. A direct import while the service runs therefore fails fast with a message pointing to --url.
 */
@QuarkusMain
public class AtlasMain implements QuarkusApplication {

    private static final Logger LOG = Logger.getLogger(AtlasMain.class);
    static final String USAGE = "Usage: java -jar quarkus-run.jar [import [--url http://host:port/graphql] DIR]";

    private static boolean importing;

    private final BulkImporter importer;

    AtlasMain(BulkImporter importer) {
        this.importer = importer;
    }

    public static void main(String... args) {
        importing = args.length > 0 && args[0].equals("import");
        if (importing) {
            // A command, not a server: no HTTP listener, so it never clashes with the service's port.
            System.setProperty("quarkus.http.host-enabled", "false");
            if (args.length == 4 && args[1].equals("--url")) {
                // The running service holds the database; this process only needs a throwaway one to start.
                System.setProperty("quarkus.datasource.jdbc.url", "jdbc:h2:mem:atlas-import-client;DB_CLOSE_DELAY=-1");
                System.setProperty("atlas.dataset.load-on-start", "false");
            }
        }
        Quarkus.run(AtlasMain.class, AtlasMain::exit, args);
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        if (args[0].equals("import") && args.length == 2) {
            return importer.importDirectory(Path.of(args[1]));
        }
        if (args[0].equals("import") && args.length == 4 && args[1].equals("--url")) {
            return new RemoteImporter(URI.create(args[2]), System.getenv("ATLAS_IMPORT_AUTHORIZATION"))
                    .importDirectory(Path.of(args[3]));
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
            if (importing && StartupFailure.isDatabaseInUse(failure)) {
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
