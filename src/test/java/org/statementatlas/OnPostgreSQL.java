package org.statementatlas;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The test profile of the *OnPostgreSQLTest classes: the same application built for PostgreSQL (the build-time
 * database kind that {@code -Ppostgresql} sets), on the JVM's one {@link EmbeddedPostgreSQL} server. Every such class
 * uses this one profile, so Quarkus builds and starts the PostgreSQL variant once and the classes share it and its
 * database, as the H2 tests share theirs.
 */
public class OnPostgreSQL implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.db-kind", "postgresql");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Server.class));
    }

    /** Points the datasource at the embedded server. */
    public static class Server implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            EmbeddedPostgreSQL server = EmbeddedPostgreSQL.get();
            return Map.of("quarkus.datasource.jdbc.url", server.jdbcUrl(), "quarkus.datasource.username",
                    EmbeddedPostgreSQL.USER, "quarkus.datasource.password", "");
        }

        @Override
        public void stop() {
            // The server outlives one Quarkus start: it stops with the JVM (EmbeddedPostgreSQL's shutdown hook).
        }
    }
}
