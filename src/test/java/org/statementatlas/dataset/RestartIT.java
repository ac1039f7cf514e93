package org.statementatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementatlas.graphql.GraphQL;

/**
 * Starts the packaged jar twice on the same data directory, as an operator would, and checks that the
 * second start neither duplicates nor changes any row, and that the data is served both times.
 */
class RestartIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");

    @TempDir
    Path dataDir;

    @Test
    void secondStartOnTheSameDataDirectoryChangesNoRow() throws Exception {
        assumeTrue(Files.exists(JAR), "runs against the JVM package");
        String firstLog = runOnce();
        Map<String, Long> afterFirst = rowCounts();
        String secondLog = runOnce();
        Map<String, Long> afterSecond = rowCounts();

        assertTrue(firstLog.contains("Bundled dataset loaded"), firstLog);
        assertTrue(secondLog.contains("database already populated, nothing loaded"), secondLog);
        assertEquals(250L, afterFirst.get("COUNTRY"));
        assertEquals(afterFirst, afterSecond);
    }

    /** Starts the jar, waits for a GraphQL answer with the dataset, stops it gracefully; returns its log. */
    private String runOnce() throws Exception {
        Path log = Files.createTempFile(dataDir.getParent(), "atlas", ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Datlas.data-dir=" + dataDir, "-Dquarkus.http.port=0", "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            int port = awaitPort(log, process);
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ countries { totalCount } }\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("{\"data\":{\"countries\":{\"totalCount\":250}}}", response.body());
        } finally {
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the service stops on SIGTERM");
        }
        return Files.readString(log);
    }

    private static int awaitPort(Path log, Process process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = LISTENING.matcher(Files.readString(log));
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            assertTrue(process.isAlive(), () -> "the service exited early:\n" + readQuietly(log));
            Thread.sleep(100);
        }
        throw new AssertionError("the service did not start within 60 s:\n" + readQuietly(log));
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("atlas"), "sa", "");
                ResultSet tables = db.createStatement().executeQuery(
                        "select table_name from information_schema.tables where table_schema = 'PUBLIC'")) {
            for (String table : names(tables)) {
                try (ResultSet count = db.createStatement().executeQuery("select count(*) from \"" + table + "\"")) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        }
        return counts;
    }

    private static List<String> names(ResultSet rows) throws SQLException {
        List<String> names = new ArrayList<>();
        while (rows.next()) {
            names.add(rows.getString(1));
        }
        return names;
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
