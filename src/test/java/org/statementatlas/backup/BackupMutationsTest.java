package org.statementatlas.backup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.statementatlas.graphql.GraphQL.queryAs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statementatlas.graphql.Editor;

import io.quarkus.test.junit.QuarkusTest;

/**
 * backupDatabase is for editors only, and is off where no backup directory is configured (as in the test profile).
 * Backups themselves need the file database of the packaged jar: {@code BackupIT}.
 */
@QuarkusTest
class BackupMutationsTest {

    private static final String BACKUP = "mutation { backupDatabase { file bytes createdAt } }";

    @ParameterizedTest(name = "token {0}: {1}")
    @CsvSource(nullValues = "none", value = {"none, UNAUTHENTICATED", "not-a-configured-token, UNAUTHENTICATED",
            Editor.READER_TOKEN + ", FORBIDDEN"})
    void isRefusedWithoutTheEditorRole(String token, String code) {
        queryAs(token, BACKUP).body("data", nullValue()).body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].path[0]", equalTo("backupDatabase"));
    }

    @Test
    void isForbiddenWhenNoBackupDirectoryIsConfigured() {
        queryAs(Editor.TOKEN, BACKUP).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("atlas.backup.directory"));
    }
}
