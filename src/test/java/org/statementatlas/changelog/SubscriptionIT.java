package org.statementatlas.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementatlas.JarClient;
import org.statementatlas.PackagedApp;
import org.statementatlas.graphql.GraphQLWs;

/** Subscriptions against the packaged jar (prod profile): a committed write reaches a WebSocket subscriber. */
class SubscriptionIT {

    @TempDir
    Path data;

    @Test
    void aCommittedWriteReachesASubscriberOfThePackagedApp() throws Exception {
        JarClient client = new JarClient();
        PackagedApp app = PackagedApp.start(data, client.editorTokenOption());
        try {
            int port = app.awaitPort();
            client.port(port);
            try (GraphQLWs ws = GraphQLWs.connect(port)) {
                ws.subscribe("s", "subscription { changes(entity: \"Statement\") { operation actor entityId } }");
                ws.expectSilence(Duration.ofMillis(300));
                String id = client
                        .ok("mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id } } }",
                                "in", Map.of("title", "Seen live", "slug", "seen-live", "kind", "JOINT_STATEMENT",
                                        "issuedOn", "2024-06-01"))
                        .get("createStatement").get("statement").get("id").asText();
                Map<?, ?> change = (Map<?, ?>) ((Map<?, ?>) ws.nextPayload("s").get("data")).get("changes");
                assertEquals("createStatement", change.get("operation"));
                assertEquals("it", change.get("actor"));
                assertEquals(id, change.get("entityId"));
            }
        } finally {
            long start = System.nanoTime();
            app.stop();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 30_000, "stopped in " + millis + " ms");
            System.out.println("SubscriptionIT: stopped in " + millis + " ms");
        }
    }
}
