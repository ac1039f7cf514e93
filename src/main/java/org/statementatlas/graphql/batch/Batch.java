package org.statementatlas.graphql.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the rows of one batched query into values per parent. Fields without arguments are batched with
 * SmallRye's {@code @Source List<...>} resolvers, which must return one value per parent in the parents'
 * order ({@link #inOrder}); fields with arguments go through {@link FieldLoader}.
 */
public final class Batch {

    private Batch() {
    }

    /**
     * The parents' ids as one array, for the HQL predicate {@code ids_contain(:ids, x)} ({@link IdsContainFunction}), so a
     * batched query binds one value however many parents it serves and Hibernate translates it to SQL only once.
     */
    public static Long[] ids(Collection<Long> ids) {
        return ids.toArray(Long[]::new);
    }

    /** Groups rows by parent key, keeping the rows' order within each parent. */
    public static <R, V> Map<Long, List<V>> group(List<R> rows, Function<R, Long> parentKey, Function<R, V> value) {
        Map<Long, List<V>> byParent = new HashMap<>();
        for (R row : rows) {
            byParent.computeIfAbsent(parentKey.apply(row), k -> new ArrayList<>()).add(value.apply(row));
        }
        return byParent;
    }

    /** One value per parent key, for rows of the shape (parent id, value). */
    @SuppressWarnings("unchecked")
    public static <V> Map<Long, V> pairs(List<Object[]> rows) {
        Map<Long, V> byParent = new HashMap<>();
        rows.forEach(r -> byParent.put(((Number) r[0]).longValue(), (V) r[1]));
        return byParent;
    }

    /** The values for the parents, in the parents' order, with a default for parents without one. */
    public static <P, V> List<V> inOrder(List<P> parents, Function<P, Long> parentKey, Map<Long, V> values, V absent) {
        return parents.stream().map(p -> values.getOrDefault(parentKey.apply(p), absent)).toList();
    }
}
