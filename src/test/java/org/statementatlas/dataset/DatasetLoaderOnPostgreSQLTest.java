package org.statementatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.statementatlas.OnPostgreSQL;
import org.statementatlas.changelog.DataVersion;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * {@link DatasetLoaderTest} on PostgreSQL: the bundled dataset loaded into an empty database, once, also when
 * replicas sharing the database start at the same time.
 */
@QuarkusTest
@TestProfile(OnPostgreSQL.class)
class DatasetLoaderOnPostgreSQLTest extends DatasetLoaderTest {

    @Inject
    DataVersion dataVersion;

    @Test
    void twoLoadsIntoOneEmptyDatabaseAtOnceLoadItOnce() throws Exception {
        empty();
        assertTrue(loader.loadIfEmpty());
        Map<String, Long> oneLoad = QuarkusTransaction.requiringNew().call(this::rowCounts);
        assertEquals(Facts.root().get("statements").size(), oneLoad.get("statement"));
        assertTrue(oneLoad.get("country") >= 250, "countries: " + oneLoad.get("country"));

        empty();
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            // Both start together, each in its own transaction, like two replicas' start-up loads.
            CyclicBarrier start = new CyclicBarrier(2);
            List<CompletableFuture<Boolean>> loads = List.of(load(replicas, start), load(replicas, start));
            List<Boolean> loaded = List.of(loads.get(0).get(120, TimeUnit.SECONDS),
                    loads.get(1).get(120, TimeUnit.SECONDS));
            assertEquals(1, loaded.stream().filter(Boolean::booleanValue).count(), "loaded: " + loaded);
        } finally {
            replicas.shutdownNow();
            // Whatever happened, the data the other tests read is there again.
            if (QuarkusTransaction.requiringNew().call(this::rowCounts).get("country") == 0) {
                loader.loadIfEmpty();
            }
            dataVersion.advance();
        }
        assertEquals(oneLoad, QuarkusTransaction.requiringNew().call(this::rowCounts));
    }

    private CompletableFuture<Boolean> load(ExecutorService replica, CyclicBarrier start) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return loader.loadIfEmpty();
        }, replica);
    }

    /** Every application table emptied, identities restarted: the database as Flyway left it. */
    private void empty() {
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<String> tables = em.createNativeQuery("select quote_ident(tablename) from pg_tables"
                    + " where schemaname = current_schema() and tablename <> 'flyway_schema_history'").getResultList();
            em.createNativeQuery("truncate table " + String.join(", ", tables) + " restart identity cascade")
                    .executeUpdate();
        });
        dataVersion.advance();
    }
}
