package org.statementatlas.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.statementatlas.EmbeddedPostgreSQL;
import org.statementatlas.JarClient;
import org.statementatlas.PackagedApp;
import org.statementatlas.graphql.GraphQLWs;
import org.statementatlas.graphql.id.GlobalId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Many replicas, one truth: two processes of the PostgreSQL-mode package (target/postgresql-app), each on its own
 * port, on one database of the embedded PostgreSQL server. What one writes the other serves at once; the other's
 * response cache lets go of older answers as soon as the notification arrives; concurrent edits of one statement through
 * both have one winner; the change log has one order; a subscriber of one hears of the writes made through the other,
 * also after the listener's connection was cut; a write one acknowledged survives {@code kill -9}.
 */
class ReplicasIT {

    private static final Logger LOG = Logger.getLogger(ReplicasIT.class);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATABASE = "atlas_replicas";
    private static final String CREATE = "mutation($in: CreateStatementInput!) {"
            + " createStatement(input: $in) { statement { id slug version } } }";
    private static final String UPDATE = "mutation($in: UpdateStatementInput!) {"
            + " updateStatement(input: $in) { statement { id title version } } }";
    private static final String TITLE = "query($slug: String) { statement(slug: $slug) { title version } }";

    private static Path work;
    private static String url;
    private static JarClient editor = new JarClient();
    private static Replica a;
    private static Replica b;

    /** One running replica: its process and a client pointed at it. */
    private record Replica(PackagedApp app, JarClient client, int port) {
    }

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        assumeTrue(Files.exists(PackagedApp.POSTGRESQL_JAR), "runs against target/postgresql-app: ./mvnw package");
        EmbeddedPostgreSQL server = EmbeddedPostgreSQL.get();
        try (Connection db = DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgreSQL.USER, "");
                Statement sql = db.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE);
            sql.execute("CREATE DATABASE " + DATABASE);
        }
        url = server.jdbcUrl().substring(0, server.jdbcUrl().lastIndexOf('/') + 1) + DATABASE;
        work = Files.createTempDirectory("atlas-replicas-");
        // One after the other: the first creates the schema, the second finds it there.
        a = start("a");
        b = start("b");
    }

    @AfterAll
    static void stopReplicas() throws Exception {
        for (Replica replica : new Replica[]{a, b}) {
            if (replica != null) {
                replica.app().close();
            }
        }
    }

    private static Replica start(String name) throws Exception {
        PackagedApp app = launcher(work.resolve(name + "-" + UUID.randomUUID() + ".log")).start();
        int port = app.awaitPort();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!app.log().contains("Listening for writes of other replicas")) {
            assertTrue(System.nanoTime() < deadline, app::log);
            Thread.sleep(50);
        }
        return new Replica(app, editor.at(port), port);
    }

    @Test
    void aWriteThroughOneReplicaIsServedByTheOtherAtOnce() throws Exception {
        String slug = slug("seen-on-b");
        create(a, slug);
        JsonNode onB = b.client().ok(TITLE, "slug", slug);
        assertEquals("Replica check", onB.at("/statement/title").asText(), onB::toString);
        HttpResponse<String> anonymous = b.client().anonymous(TITLE, "slug", slug);
        assertEquals("Replica check", JSON.readTree(anonymous.body()).at("/data/statement/title").asText());
    }

    @Test
    void concurrentEditsOfOneStatementThroughBothReplicasHaveExactlyOneWinner() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String id = create(a, slug("contested"));
                CyclicBarrier together = new CyclicBarrier(2);
                Future<JsonNode> viaA = pool.submit(edit(a, id, "Edited through A", together));
                Future<JsonNode> viaB = pool.submit(edit(b, id, "Edited through B", together));
                List<JsonNode> answers = List.of(viaA.get(), viaB.get());
                List<JsonNode> won = answers.stream().filter(answer -> !answer.has("errors")).toList();
                List<JsonNode> lost = answers.stream().filter(answer -> answer.has("errors")).toList();
                assertEquals(1, won.size(), answers::toString);
                assertEquals(1, lost.size(), answers::toString);
                assertEquals("CONFLICT", lost.get(0).at("/errors/0/extensions/code").asText(), answers::toString);
                String winner = won.get(0).at("/data/updateStatement/statement/title").asText();
                assertEquals(1, won.get(0).at("/data/updateStatement/statement/version").asInt());
                for (Replica replica : List.of(a, b)) {
                    JsonNode now = replica.client().ok(
                            "query($id: ID!) { node(id: $id) { ... on Statement { title version } } }",
                            "id", id);
                    assertEquals(winner, now.at("/node/title").asText(), now::toString);
                    assertEquals(1, now.at("/node/version").asInt(), now::toString);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theChangeLogHasOneGapFreeOrderAcrossReplicas() throws Exception {
        long before = newestChange(a);
        // Interleaved one after the other, then at the same time from four threads through both replicas.
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            created.add(create(i % 2 == 0 ? a : b, slug("ordered")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> parallel = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Replica replica = i % 2 == 0 ? a : b;
                parallel.add(pool.submit(() -> create(replica, slug("parallel"))));
            }
            for (Future<String> future : parallel) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        String page = "{ changes(entity: \"Statement\", first: 100) { nodes { id operation entityId } } }";
        JsonNode onA = a.client().ok(page).at("/changes/nodes");
        JsonNode onB = b.client().ok(page).at("/changes/nodes");
        assertEquals(onA, onB, "both replicas serve one change log");
        List<Long> ids = new ArrayList<>();
        for (JsonNode node : onA) {
            long id = GlobalId.decode(node.get("id").asText()).orElseThrow().key();
            if (id > before) {
                ids.add(id);
            }
        }
        assertEquals(18, ids.size(), onA::toString);
        for (int i = 0; i < ids.size(); i++) {
            // Newest first, one apart: no entry missing, none twice, whichever replica wrote it.
            assertEquals(before + ids.size() - i, ids.get(i), ids::toString);
        }
        // The sequential ones, in the order they were made (the parallel ones are newer).
        for (int i = 0; i < created.size(); i++) {
            assertEquals(created.get(i), onA.get(17 - i).get("entityId").asText(), onA::toString);
        }
    }

    /**
     * B's cached answer goes as soon as A's notification has reached B, which PostgreSQL sends when A commits, before A
     * answers. Under heavy load B's listener thread can still be a few milliseconds late for a read sent the moment A
     * answered (docs/deploy.md, "Many replicas"), so B gets a short bound here; the run prints how often its very
     * first answer was already the new one.
     */
    @Test
    void aWriteThroughOneReplicaInvalidatesTheOthersResponseCache() throws Exception {
        String slug = slug("cached");
        String id = create(a, slug);
        int version = 0;
        int rounds = 5;
        int freshAtOnce = 0;
        long slowest = 0;
        for (int round = 0; round < rounds; round++) {
            HttpResponse<String> first = b.client().anonymous(TITLE, "slug", slug);
            HttpResponse<String> second = b.client().anonymous(TITLE, "slug", slug);
            assertEquals("cache;desc=hit", serverTiming(second), "a repeated query on B comes from its cache");
            assertEquals(first.body(), second.body());
            String title = "Cached, edit " + round;
            JsonNode edited = a.client().ok(UPDATE, "in", Map.of("id", id, "expectedVersion", version, "title", title));
            version = edited.at("/updateStatement/statement/version").asInt();
            long answered = System.nanoTime();
            long deadline = answered + Duration.ofSeconds(2).toNanos();
            HttpResponse<String> after = b.client().anonymous(TITLE, "slug", slug);
            if (title.equals(JSON.readTree(after.body()).at("/data/statement/title").asText())) {
                freshAtOnce++;
            }
            while (!title.equals(JSON.readTree(after.body()).at("/data/statement/title").asText())) {
                assertEquals("cache;desc=hit", serverTiming(after), "only a cached answer may be stale");
                assertTrue(System.nanoTime() < deadline, "B still serves the answer from before A's write");
                Thread.sleep(5);
                after = b.client().anonymous(TITLE, "slug", slug);
            }
            slowest = Math.max(slowest, System.nanoTime() - answered);
            assertEquals("cache;desc=miss", serverTiming(after).split(",")[0], after.headers().map().toString());
        }
        LOG.infof("B's first answer after a write through A was the new one in %d of %d rounds;"
                + " the new one at the latest %.1f ms after A answered", freshAtOnce, rounds, slowest / 1e6);
    }

    @Test
    void aSubscriberOfOneReplicaHearsOfWritesThroughTheOther() throws Exception {
        try (GraphQLWs ws = GraphQLWs.connect(b.port())) {
            ws.subscribe("s", "subscription { changes(entity: \"Statement\") { operation actor entityId } }");
            ws.expectSilence(Duration.ofMillis(300));
            String viaA = create(a, slug("live-from-a"));
            Map<?, ?> change = change(ws);
            assertEquals(viaA, change.get("entityId"));
            assertEquals("createStatement", change.get("operation"));
            assertEquals("it", change.get("actor"));
            // B's own write reaches its subscriber once, not a second time through the notification.
            String viaB = create(b, slug("live-from-b"));
            assertEquals(viaB, change(ws).get("entityId"));
            ws.expectSilence(Duration.ofMillis(500));
        }
    }

    @Test
    void replicasFollowEachOtherAgainAfterTheirListenerConnectionsAreCut() throws Exception {
        String slug = slug("reconnected");
        String id = create(a, slug);
        b.client().anonymous(TITLE, "slug", slug);
        try (Connection db = DriverManager.getConnection(url, EmbeddedPostgreSQL.USER, "");
                Statement sql = db.createStatement()) {
            assertEquals(2, listeners(sql), "one listener per replica");
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
                    + "statement-atlas replica listener'");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (listeners(sql) < 2 || !b.app().log().contains("Listening again")) {
                assertTrue(System.nanoTime() < deadline, b.app()::log);
                Thread.sleep(100);
            }
        }
        assertTrue(b.app().log().contains("Lost the connection that listens for writes of other replicas"), b.app()::log);
        try (GraphQLWs ws = GraphQLWs.connect(b.port())) {
            ws.subscribe("s", "subscription($id: ID) { changes(entityId: $id) { operation entityId } }", "id", id);
            ws.expectSilence(Duration.ofMillis(300));
            a.client().ok(UPDATE, "in", Map.of("id", id, "expectedVersion", 0, "title", "After the reconnect"));
            assertEquals(id, change(ws).get("entityId"));
        }
        HttpResponse<String> after = b.client().anonymous(TITLE, "slug", slug);
        assertEquals("After the reconnect", JSON.readTree(after.body()).at("/data/statement/title").asText());
    }

    /** A bulk import into the database writes no change-log entries; a running replica still drops its cache. */
    @Test
    void aBulkImportIntoTheSharedDatabaseInvalidatesTheReplicasCaches() throws Exception {
        String url = "https://example.org/" + slug("bulk");
        String query = "query($url: String) { sourceArticle(url: $url) { headline } }";
        b.client().anonymous(query, "url", url);
        assertEquals("cache;desc=hit", serverTiming(b.client().anonymous(query, "url", url)));
        Path articles = Files.createDirectory(work.resolve(slug("articles")));
        Files.writeString(articles.resolve("a.txt"), "URL: " + url + "\nAllies rebuke Pyongyang\n\n12 January 2024\n\n"
                + "Fifty countries and the European Union on Friday condemned North Korea's missile sales to Russia,"
                + " officials said. Moscow denied the transfers.");
        PackagedApp importer = launcher(articles.resolve("import.log")).arguments("import", articles.toString()).start();
        assertEquals(0, importer.awaitExit(), importer::log);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        HttpResponse<String> after;
        do {
            // The notification is sent as the import ends, after its last commit: wait for it, briefly.
            assertTrue(System.nanoTime() < deadline, "B still serves the answer from before the import");
            after = b.client().anonymous(query, "url", url);
        } while (JSON.readTree(after.body()).at("/data/sourceArticle/headline").isMissingNode()
                || JSON.readTree(after.body()).at("/data/sourceArticle").isNull());
        assertEquals("Allies rebuke Pyongyang", JSON.readTree(after.body()).at("/data/sourceArticle/headline").asText());
    }

    /** A write that replica A acknowledged survives {@code kill -9} of A, and a restarted A serves it. */
    @Test
    void aWriteAcknowledgedByAReplicaSurvivesKillMinusNine() throws Exception {
        String slug = slug("durable");
        String id = create(a, slug);
        a.client().ok(UPDATE, "in", Map.of("id", id, "expectedVersion", 0, "title", "Durable, edited"));
        a.app().kill();
        a = start("a-restarted");
        JsonNode after = a.client().ok("query($slug: String, $id: ID) { statement(slug: $slug) { title version }"
                + " changes(entityId: $id) { nodes { operation } } }", "slug", slug, "id", id);
        assertEquals("Durable, edited", after.at("/statement/title").asText(), after::toString);
        assertEquals(1, after.at("/statement/version").asInt());
        assertEquals(2, after.at("/changes/nodes").size(), after::toString);
    }

    /** The PostgreSQL-mode package on the shared database, on a random port, logging to this file. */
    private static PackagedApp.Launcher launcher(Path log) {
        return PackagedApp.launcher().jar(PackagedApp.POSTGRESQL_JAR).option("-Dquarkus.http.port=0")
                .option(editor.editorTokenOption()).env("QUARKUS_DATASOURCE_JDBC_URL", url)
                .env("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgreSQL.USER).env("QUARKUS_DATASOURCE_PASSWORD", "")
                .env("ATLAS_RATE_LIMIT_ENABLED", "false")
                // The tests make their own statements: the bundled dataset would only slow the first start down.
                .env("ATLAS_DATASET_LOAD_ON_START", "false").log(log);
    }

    private static String create(Replica replica, String slug) throws Exception {
        return replica.client().ok(CREATE, "in", Map.of("title", "Replica check", "slug", slug, "kind",
                "JOINT_STATEMENT", "issuedOn", "2024-05-01")).at("/createStatement/statement/id").asText();
    }

    private static Callable<JsonNode> edit(Replica replica, String id, String title, CyclicBarrier together) {
        return () -> {
            together.await();
            return replica.client().post(UPDATE, "in", Map.of("id", id, "expectedVersion", 0, "title", title));
        };
    }

    private static long newestChange(Replica replica) throws Exception {
        JsonNode nodes = replica.client().ok("{ changes(first: 1) { nodes { id } } }").at("/changes/nodes");
        return nodes.isEmpty() ? 0 : GlobalId.decode(nodes.get(0).get("id").asText()).orElseThrow().key();
    }

    private static Map<?, ?> change(GraphQLWs ws) {
        return (Map<?, ?>) ((Map<?, ?>) ws.nextPayload("s").get("data")).get("changes");
    }

    private static String serverTiming(HttpResponse<String> response) {
        return response.headers().firstValue("Server-Timing").orElse("");
    }

    private static int listeners(Statement sql) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = '"
                + "statement-atlas replica listener'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
