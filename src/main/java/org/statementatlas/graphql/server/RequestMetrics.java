package org.statementatlas.graphql.server;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The endpoint's meters, served in the Prometheus format at {@code /q/metrics} (README "Metrics"). Every label
 * is bounded: operation names are the client's, so only the first {@link #MAX_OPERATIONS} distinct ones get a
 * label of their own and the rest share {@code other}.
 */
@ApplicationScoped
class RequestMetrics {

    /** Distinct operation names that get their own label. */
    static final int MAX_OPERATIONS = 100;
    /** Longest operation name used as a label. */
    private static final int MAX_NAME_LENGTH = 64;
    static final String OTHER = "other";
    static final String ANONYMOUS = "anonymous";
    /** A request refused before its operation was known. */
    static final String NONE = "none";

    private final MeterRegistry registry;
    private final Set<String> operations = ConcurrentHashMap.newKeySet();
    private final Counter hits;
    private final Counter misses;
    private final DistributionSummary sqlStatements;
    /** The request timers by their labels, so a request does not build and look up its meter again. */
    private final Map<List<String>, Timer> timers = new ConcurrentHashMap<>();

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.hits = cache(registry, "hit");
        this.misses = cache(registry, "miss");
        this.sqlStatements = DistributionSummary.builder("atlas.graphql.sql.statements")
                .description("SQL statements one executed GraphQL request ran (cached answers run none)")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    private static Counter cache(MeterRegistry registry, String result) {
        return Counter.builder("atlas.response.cache.requests").description("Cacheable queries, by cache result")
                .tag("result", result).register(registry);
    }

    /** The label of an operation name ("" or null for an anonymous operation). */
    String operation(String name) {
        if (name == null || name.isEmpty()) {
            return ANONYMOUS;
        }
        if (name.length() > MAX_NAME_LENGTH) {
            return OTHER;
        }
        if (operations.contains(name)) {
            return name;
        }
        synchronized (operations) {
            if (operations.size() < MAX_OPERATIONS) {
                operations.add(name);
                return name;
            }
        }
        return OTHER;
    }

    /** One answered request: its operation label, its outcome, what the cache did, and its duration. */
    void request(String operation, String outcome, String cache, long nanos) {
        timers.computeIfAbsent(List.of(operation, outcome, cache), labels -> Timer.builder("atlas.graphql.requests")
                .description("GraphQL requests on the HTTP endpoint, from the first byte to the last of the answer")
                .tag("operation", operation).tag("outcome", outcome).tag("cache", cache)
                .publishPercentiles(0.5, 0.99)
                .register(registry)).record(Duration.ofNanos(nanos));
    }

    void cacheResult(boolean hit) {
        (hit ? hits : misses).increment();
    }

    void sqlStatements(int count) {
        sqlStatements.record(count);
    }
}
