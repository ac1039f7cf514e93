package org.statementatlas.security;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.statementatlas.graphql.GraphQL.queryAs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.Editor;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * Editor tokens from a file, as a mounted Kubernetes Secret provides them: a token added to the file is accepted
 * and one removed is refused within seconds, without a restart, and a broken file accepts none. With security
 * and application logging at DEBUG, nothing logged while this class runs names a token or its digest.
 */
@QuarkusTest
@TestProfile(EditorTokenFileTest.TokenFile.class)
class EditorTokenFileTest {

    static final Path FILE = Path.of("target", "editor-token-file-test", "editor-tokens");
    private static final String FIRST = "first-token-from-the-file";
    private static final String SECOND = "second-token-from-the-file";
    private static final String WRONG = "a-token-nobody-configured";
    private static final String NO_ID = "U3RhdGVtZW50Ojk5OTk5OQ";
    private static final List<LogRecord> LOGGED = new CopyOnWriteArrayList<>();
    private static final Handler CAPTURE = new Handler() {

        @Override
        public void publish(LogRecord record) {
            LOGGED.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** The file holds the first token; everything that might log about tokens logs at DEBUG. */
    public static class TokenFile implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            write(entry("file-editor", FIRST));
            return Map.of("atlas.security.editor-tokens-file", FILE.toString(),
                    "quarkus.log.category.\"org.statementatlas\".level", "DEBUG",
                    "quarkus.log.category.\"io.quarkus.security\".level", "DEBUG",
                    "quarkus.log.category.\"io.quarkus.vertx.http.runtime.security\".level", "DEBUG");
        }
    }

    @BeforeAll
    static void capture() {
        Logger.getLogger("").addHandler(CAPTURE);
    }

    @AfterAll
    static void noTokenOrDigestWasLogged() {
        Logger.getLogger("").removeHandler(CAPTURE);
        List<String> secrets = List.of(FIRST, SECOND, WRONG, Editor.TOKEN, Editor.READER_TOKEN);
        for (LogRecord record : LOGGED) {
            String text = render(record);
            for (String secret : secrets) {
                for (String form : forms(secret)) {
                    assertFalse(text.contains(form), () -> "a token or its digest was logged: " + text);
                }
            }
        }
    }

    @Test
    void aTokenAddedToTheFileIsAcceptedAndOneRemovedIsRefused() throws InterruptedException {
        write(entry("file-editor", FIRST));
        awaitCode(FIRST, "NOT_FOUND");
        write("# rotated\n" + entry("file-editor", SECOND) + "\n");
        awaitCode(FIRST, "UNAUTHENTICATED");
        awaitCode(SECOND, "NOT_FOUND");
        // Tokens from the configuration are unaffected.
        awaitCode(Editor.TOKEN, "NOT_FOUND");
    }

    @Test
    void aBrokenFileAcceptsNoTokenUntilFixed() throws InterruptedException {
        write(entry("file-editor", FIRST));
        awaitCode(FIRST, "NOT_FOUND");
        write(entry("file-editor", FIRST) + "\n" + SECOND + "\n");
        awaitCode(FIRST, "UNAUTHENTICATED");
        assertEquals(1, LOGGED.stream().filter(r -> r.getLevel().intValue() >= java.util.logging.Level.SEVERE
                .intValue() && render(r).contains("atlas.security.editor-tokens-file is malformed: entry 2 of 2"))
                .count(), "the broken file is reported once");
        write(entry("file-editor", FIRST));
        awaitCode(FIRST, "NOT_FOUND");
    }

    @Test
    void refusalsNameNoToken() {
        for (String token : List.of(WRONG, Editor.READER_TOKEN, "")) {
            String body = RestAssured.given().contentType("application/json").header("Authorization", "Bearer " + token)
                    .body(Map.of("query", deletion())).post("/graphql").then().statusCode(200).extract().asString();
            for (String secret : List.of(WRONG, Editor.READER_TOKEN)) {
                for (String form : forms(secret)) {
                    assertFalse(body.contains(form), body);
                }
            }
        }
    }

    /** Polls until the token gets the expected code; the file is re-read within a second of a change. */
    private static void awaitCode(String token, String code) throws InterruptedException {
        String last = null;
        for (int i = 0; i < 50; i++) {
            last = queryAs(token, deletion()).extract().path("errors[0].extensions.code");
            if (code.equals(last)) {
                return;
            }
            Thread.sleep(100);
        }
        queryAs(token, deletion()).body("errors[0].extensions.code", equalTo(code));
    }

    private static String deletion() {
        return "mutation { deleteStatement(input: {id: \"" + NO_ID + "\"}) { deletedId } }";
    }

    private static String entry(String name, String token) {
        return name + ":" + DigestUtils.sha256Hex(token);
    }

    private static void write(String text) {
        try {
            Files.createDirectories(FILE.getParent());
            Path temporary = Files.createTempFile(FILE.getParent(), "tokens", ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            // As Kubernetes updates a Secret volume: the new content appears at once, never half written.
            Files.move(temporary, FILE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A token as it might leak: itself, its SHA-256 in hex (either case) and in Base64. */
    private static List<String> forms(String token) {
        byte[] digest = DigestUtils.sha256(token);
        String hex = HexFormat.of().formatHex(digest);
        return List.of(token, hex, hex.toUpperCase(Locale.ROOT), Base64.getEncoder().encodeToString(digest),
                hex.substring(0, 16));
    }

    private static String render(LogRecord record) {
        StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                text.append(' ').append(parameter);
            }
        }
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            text.append(' ').append(t);
        }
        return text.toString();
    }
}
