package org.statementatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing the command from the program arguments, and the help text, without starting Quarkus. */
class AtlasMainTest {

    @TempDir
    Path dir;

    @Test
    void eachFormOfTheCommandLineSelectsItsCommand() {
        assertEquals(Optional.of(ImportCommand.FORM), AtlasMain.select(List.of("import", dir.toString())));
        assertEquals(Optional.of(RemoteImportCommand.FORM),
                AtlasMain.select(List.of("import", "--url", "http://localhost:8080/graphql", dir.toString())));
        assertEquals(Optional.of(ExportCommand.FORM), AtlasMain.select(List.of("export", dir.toString())));
        assertEquals(Optional.of(RestoreCommand.FORM), AtlasMain.select(List.of("restore", "backup.zip")));
    }

    @Test
    void wrongArgumentsSelectNothing() {
        assertEquals(Optional.empty(), AtlasMain.select(List.of("import")));
        assertEquals(Optional.empty(), AtlasMain.select(List.of("import", "--url", "http://localhost:8080/graphql")));
        assertEquals(Optional.empty(), AtlasMain.select(List.of("export")));
        assertEquals(Optional.empty(), AtlasMain.select(List.of("restore", "a.zip", "b.zip")));
        assertEquals(Optional.empty(), AtlasMain.select(List.of("serve")));
    }

    @Test
    void anExportIsImportedIntoAnEmptyDatabaseAndArticlesOntoTheDataset() throws IOException {
        assertEquals(Map.of(), ImportCommand.FORM.startup().apply(List.of("import", dir.toString())));
        Files.writeString(dir.resolve("reference-facts.json"), "{}");
        assertEquals(Map.of("atlas.dataset.load-on-start", "false"),
                ImportCommand.FORM.startup().apply(List.of("import", dir.toString())));
    }

    @Test
    void commandsOnAnotherProcesssDatabaseRunOnAThrowawayOne() {
        Map<String, String> remote = RemoteImportCommand.FORM.startup()
                .apply(List.of("import", "--url", "http://localhost:8080/graphql", dir.toString()));
        assertEquals("jdbc:h2:mem:atlas-import;DB_CLOSE_DELAY=-1", remote.get("quarkus.datasource.jdbc.url"));
        assertEquals("false", remote.get("atlas.dataset.load-on-start"));
        assertEquals("jdbc:h2:mem:atlas-restore;DB_CLOSE_DELAY=-1",
                RestoreCommand.FORM.startup().apply(List.of("restore", "b.zip")).get("quarkus.datasource.jdbc.url"));
    }

    @Test
    void helpListsEveryCommandWithItsArgumentsAndSettings() {
        String help = AtlasMain.helpText();
        for (String line : List.of("import DIR", "import --url http://host:port/graphql DIR", "export DIR",
                "restore BACKUP.zip", "ATLAS_IMPORT_AUTHORIZATION", "ATLAS_DATA_DIR", "--help")) {
            assertTrue(help.contains(line), () -> line + " is missing from:\n" + help);
        }
    }
}
