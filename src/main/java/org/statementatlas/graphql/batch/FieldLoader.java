package org.statementatlas.graphql.batch;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.graphql.api.Context;
import io.vertx.core.Vertx;

import graphql.schema.DataFetchingEnvironment;

/**
 * Batches a nested field across all parents of a response level, so that SQL per request stays flat
 * (no N+1). It uses graphql-java's per-request DataLoader registry directly, with one loader per field
 * <em>and argument values</em>: SmallRye's own {@code @Source List<...>} batching keys its loaders by field
 * name alone, which merges aliased selections such as {@code a: signatoryCount(asOf: X) b: signatoryCount(asOf: Y)}
 * and answers both with the arguments of one.
 */
@ApplicationScoped
public class FieldLoader {

    private final Context context;
    private final MeterRegistry registry;
    /** The batch-size meters by field, so a request does not build and look up its meters again. */
    private final Map<String, DistributionSummary> sizes = new ConcurrentHashMap<>();

    FieldLoader(Context context, MeterRegistry registry) {
        this.context = context;
        this.registry = registry;
    }

    /**
     * Loads the value of a field for one parent.
     *
     * @param field loader name: the field and the values of its arguments, e.g. "Statement.signatoryCount|2024-01-10|null"
     * @param key the parent's database id
     * @param batch loads the values for all collected keys in one go; keys without a value get {@code absent}
     * @param absent the value for a parent the batch returns nothing for
     */
    public <V> CompletionStage<V> load(String field, Long key, Function<Set<Long>, Map<Long, V>> batch, V absent) {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        DataLoader<Long, V> loader = env.getDataLoaderRegistry().computeIfAbsent(field, name -> {
            DistributionSummary sizes = batchSizes(name);
            return DataLoaderFactory.<Long, V>newMappedDataLoader(keys -> {
                sizes.record(keys.size());
                return offEventLoop(() -> batch.apply(keys));
            });
        });
        return loader.load(key).thenApply(value -> value == null ? absent : value);
    }

    /** The sizes of one field's batches (labelled by the field, without its argument values: bounded). */
    private DistributionSummary batchSizes(String loaderName) {
        int arguments = loaderName.indexOf('|');
        return sizes.computeIfAbsent(arguments < 0 ? loaderName : loaderName.substring(0, arguments),
                field -> DistributionSummary.builder("atlas.graphql.batch.size")
                        .description("Parents per batched load of a nested field (one SQL query each)")
                        .tag("field", field)
                        .publishPercentiles(0.5, 0.99)
                        .register(registry));
    }

    /** Whether the client selected the given subfield of the field being resolved, e.g. "totalCount". */
    public boolean selects(String subfield) {
        return context.unwrap(DataFetchingEnvironment.class).getSelectionSet().contains(subfield);
    }

    /** The arguments part of a loader name; the same arguments share one loader, different ones do not. */
    public static String field(String name, Object... arguments) {
        StringBuilder sb = new StringBuilder(name);
        for (Object argument : arguments) {
            sb.append('|').append(argument);
        }
        return sb.toString();
    }

    /**
     * graphql-java dispatches loaders on whichever thread finished the previous level, which can be the
     * Vert.x event loop; JDBC must not run there. The work then moves to a worker of the same (duplicated)
     * Vert.x context, which carries the request context and runs its blocking tasks one at a time, so the
     * request's Hibernate session is never used from two threads at once.
     */
    private static <T> CompletionStage<T> offEventLoop(Supplier<T> work) {
        io.vertx.core.Context vertx = Vertx.currentContext();
        if (vertx != null && io.vertx.core.Context.isOnEventLoopThread()) {
            return vertx.executeBlocking(work::get).toCompletionStage();
        }
        return CompletableFuture.completedFuture(work.get());
    }
}
