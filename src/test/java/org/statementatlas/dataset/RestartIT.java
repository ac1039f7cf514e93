package org.statementatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementatlas.PackagedApp;

/**
 * Starts the packaged jar twice on the same data directory, as an operator would, and checks that the
 * second start neither duplicates nor changes any row, and that the data is served both times.
 */
class RestartIT {

    @TempDir
    Path dataDir;

    @Test
    void secondStartOnTheSameDataDirectoryChangesNoRow() throws Exception {
        assumeTrue(PackagedApp.isBuilt(), "runs against the packaged application: ./mvnw package first");
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
        PackagedApp app = PackagedApp.start(dataDir);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create("http://localhost:" + app.awaitPort() + "/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ countries { totalCount } }\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("{\"data\":{\"countries\":{\"totalCount\":250}}}", response.body());
        } finally {
            app.stop();
        }
        return app.log();
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
}
