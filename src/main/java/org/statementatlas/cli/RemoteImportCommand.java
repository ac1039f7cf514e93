package org.statementatlas.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import jakarta.inject.Singleton;

import org.statementatlas.ingest.RemoteImporter;

/**
 * {@code import --url http://host:8080/graphql DIR}: a directory of articles through the running service's
 * ingestArticle mutation. Nothing opens the database but the service; this process starts on a throwaway in-memory
 * database.
 */
@Singleton
class RemoteImportCommand extends Command {

    static final Form FORM = new Form("import", "--url http://host:port/graphql DIR",
            "Imports a directory of articles through the running service's ingestArticle mutation.",
            List.of("ATLAS_IMPORT_AUTHORIZATION (the Authorization header, e.g. \"Bearer <editor token>\")"),
            arguments -> arguments.size() == 4 && arguments.get(1).equals("--url"),
            arguments -> Form.throwawayDatabase("import"), null);

    private final ImportConfig config;

    RemoteImportCommand(ImportConfig config) {
        super(FORM);
        this.config = config;
    }

    @Override
    int run(List<String> arguments) {
        return new RemoteImporter(URI.create(arguments.get(2)), config.authorization().orElse(null))
                .importDirectory(Path.of(arguments.get(3)));
    }
}
