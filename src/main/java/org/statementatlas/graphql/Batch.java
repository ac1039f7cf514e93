package org.statementatlas.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Helpers for batched {@code @Source List<...>} resolvers. SmallRye calls such a resolver once for all
 * parents at one level of the response, and requires one result per parent, in the parents' order; these
 * helpers turn the rows of one query into exactly that.
 */
public final class Batch {

    private Batch() {
    }

    /** Groups rows by parent key, keeping row order, and lists them in the order of the parents. */
    public static <P, R, V> List<List<V>> groupRows(List<P> parents, Function<P, Long> parentKey, List<R> rows,
            Function<R, Long> rowKey, Function<R, V> value) {
        Map<Long, List<V>> byParent = new HashMap<>();
        for (R row : rows) {
            byParent.computeIfAbsent(rowKey.apply(row), k -> new ArrayList<>()).add(value.apply(row));
        }
        return parents.stream().map(p -> byParent.getOrDefault(parentKey.apply(p), List.of())).toList();
    }

    /** Looks up one value per parent, with a default for parents that have no row. */
    public static <P, V> List<V> lookup(List<P> parents, Function<P, Long> parentKey, Map<Long, V> values, V absent) {
        return parents.stream().map(p -> values.getOrDefault(parentKey.apply(p), absent)).toList();
    }

    /** Memoises a batch computation that all parents share, running it at most once. */
    public static <T> Supplier<T> once(Supplier<T> computation) {
        return new Supplier<>() {

            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = computation.get();
                }
                return value;
            }
        };
    }
}
