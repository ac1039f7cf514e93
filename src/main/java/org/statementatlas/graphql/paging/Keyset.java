package org.statementatlas.graphql.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Keyset (cursor) pagination over one entity, forward ({@code first/after}) and backward
 * ({@code last/before}). Offsets would skip or repeat items when rows are added between two page requests
 * and get slower with every page; a keyset stays exact and can use an index. Each page costs one query,
 * plus one count query when the client selects {@code totalCount}.
 */
public final class Keyset {

    private Keyset() {
    }

    /** A filter: an HQL condition over the root alias (null for none) and its named parameters. */
    public record Where(String condition, Map<String, Object> params) {

        public static final Where ALL = new Where(null, Map.of());
    }

    /**
     * Fetches one page.
     *
     * @param type the entity class
     * @param alias the root alias used in the filter and the sort key, e.g. "s"
     * @param where the filter
     * @param key the ordering
     * @param page the validated page request
     * @param idOf reads an item's database id
     * @param countTotal whether to count the whole filtered list (when the client selected totalCount)
     */
    public static <E> Page<E> page(Class<E> type, String alias, Where where, SortKey key, PageRequest page,
            ToLongFunction<E> idOf, boolean countTotal) {
        EntityManager em = Panache.getEntityManager();
        String from = " from " + type.getSimpleName() + " " + alias;
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>(where.params());
        if (where.condition() != null) {
            conditions.add("(" + where.condition() + ")");
        }
        bound(conditions, params, key, alias, page.after(), true);
        bound(conditions, params, key, alias, page.before(), false);
        TypedQuery<Object[]> query = em.createQuery("select " + alias + ", " + key.expression() + from
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by " + key.orderBy(alias, page.backward()), Object[].class);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.setMaxResults(page.size() + 1).getResultList();
        boolean more = rows.size() > page.size();
        List<Object[]> kept = new ArrayList<>(more ? rows.subList(0, page.size()) : rows);
        if (page.backward()) {
            Collections.reverse(kept);
        }
        Map<E, String> cursors = new HashMap<>();
        List<E> items = new ArrayList<>();
        for (Object[] row : kept) {
            @SuppressWarnings("unchecked")
            E item = (E) row[0];
            items.add(item);
            cursors.put(item, new Cursor(key.name(), String.valueOf(row[1]), idOf.applyAsLong(item)).encode());
        }
        long total = -1;
        if (countTotal) {
            TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + from
                    + (where.condition() == null ? "" : " where " + where.condition()), Long.class);
            where.params().forEach(count::setParameter);
            total = count.getSingleResult();
        }
        // Relay: moving forward, a page after a cursor has items before it; moving backward, likewise.
        boolean hasNext = page.backward() ? page.before() != null : more;
        boolean hasPrevious = page.backward() ? more : page.after() != null;
        return new Page<>(items, cursors::get, hasNext, hasPrevious, total);
    }

    private static void bound(List<String> conditions, Map<String, Object> params, SortKey key, String alias,
            Cursor cursor, boolean after) {
        if (cursor != null) {
            String prefix = after ? "after" : "before";
            conditions.add(key.beyond(alias, after, prefix));
            params.put(prefix + "v", key.parse().apply(cursor.value()));
            params.put(prefix + "id", cursor.id());
        }
    }
}
