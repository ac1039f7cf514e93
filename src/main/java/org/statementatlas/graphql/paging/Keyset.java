package org.statementatlas.graphql.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.statementatlas.graphql.batch.Batch;
import org.statementatlas.graphql.batch.IdsContainFunction;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Keyset (cursor) pagination over one entity, forward ({@code first/after}) and backward
 * ({@code last/before}). Offsets would skip or repeat items when rows are added between two page requests
 * and get slower with every page; a keyset stays exact and can use an index. Each page costs one query,
 * plus one count query when the client selects {@code totalCount}; the pages of a nested list (one per
 * parent) cost the same for all parents together.
 */
public final class Keyset {

    private Keyset() {
    }

    /** A filter: an HQL condition over the root alias (null for none) and its named parameters. */
    public record Where(String condition, Map<String, Object> params) {

        public static final Where ALL = new Where(null, Map.of());
    }

    /**
     * What the items of a page are: a projection of one entity's rows (an HQL select expression over its alias, such as
     * a {@code new} of a read-model record), so that no entity is put into the persistence context to answer a read.
     *
     * @param entity the entity name, e.g. "Statement"
     * @param alias the root alias the select expression, filters and sort keys use, e.g. "s"
     * @param select the HQL select expression of one item
     * @param type the class of an item
     * @param idOf reads an item's database id
     */
    public record Rows<R>(String entity, String alias, String select, Class<R> type, ToLongFunction<R> idOf) {
    }

    /**
     * Fetches one page.
     *
     * @param rows the items and how they are selected
     * @param where the filter
     * @param key the ordering
     * @param page the validated page request
     * @param countTotal whether to count the whole filtered list (when the client selected totalCount)
     */
    public static <E> Page<E> page(Rows<E> rows, Where where, SortKey key, PageRequest page, boolean countTotal) {
        EntityManager em = Panache.getEntityManager();
        String alias = rows.alias();
        ToLongFunction<E> idOf = rows.idOf();
        String from = " from " + rows.entity() + " " + alias;
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>(where.params());
        if (where.condition() != null) {
            conditions.add("(" + where.condition() + ")");
        }
        bound(conditions, params, key, alias, page.after(), true);
        bound(conditions, params, key, alias, page.before(), false);
        TypedQuery<Object[]> query = em.createQuery("select " + rows.select() + ", " + key.expression() + from
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by " + key.orderBy(alias, page.backward()), Object[].class);
        params.forEach(query::setParameter);
        List<Object[]> found = query.setMaxResults(page.size() + 1).getResultList();
        boolean more = found.size() > page.size();
        List<Object[]> kept = new ArrayList<>(more ? found.subList(0, page.size()) : found);
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

    /**
     * Fetches one forward page for each of many parents in at most three queries, whatever their number: a
     * window function numbers each parent's items in the requested order, so one query pages them all; a
     * second loads the items, a third counts them when the client selected totalCount.
     *
     * @param items the items and how they are selected; their alias is the one in {@code join}, used by the filter
     *        and the sort key
     * @param join the HQL from-clause that ties items to parents, e.g. "Signature g join g.statement s"
     * @param parentId the HQL expression of the parent's id in {@code join}, e.g. "g.country.id"
     * @param parentIds the parents to page for
     * @param shape turns a page into the typed connection
     * @return a connection for every parent, empty for parents without items
     */
    public static <E, C> Map<Long, C> pagesPerParent(Rows<E> items, String join, String parentId, Set<Long> parentIds,
            Where where, SortKey key, PageRequest page, boolean countTotal, Function<Page<E>, C> shape) {
        String alias = items.alias();
        ToLongFunction<E> idOf = items.idOf();
        if (page.backward() || page.before() != null) {
            throw new IllegalArgumentException("Pages per parent go forward only");
        }
        EntityManager em = Panache.getEntityManager();
        String filter = where.condition() == null ? "" : " and (" + where.condition() + ")";
        String within = " from " + join + " where " + IdsContainFunction.NAME + "(:parents, " + parentId + ")" + filter;
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("parents", Batch.ids(parentIds));
        String keyset = "";
        if (page.after() != null) {
            keyset = " and " + key.beyond(alias, true, "after");
            params.put("afterv", key.parse().apply(page.after().value()));
            params.put("afterid", page.after().id());
        }
        TypedQuery<Object[]> query = em.createQuery("select x.pid, x.iid, x.kv from (select " + parentId + " as pid, "
                + alias + ".id as iid, " + key.expression() + " as kv, row_number() over (partition by " + parentId
                + " order by " + key.orderBy(alias, false) + ") as rn" + within + keyset
                + ") x where x.rn <= :limit order by x.pid, x.rn", Object[].class);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.setParameter("limit", page.size() + 1).getResultList();
        Map<Long, E> byId = new HashMap<>();
        // Run even for no ids, so that the statement count of a request does not depend on the data.
        em.createQuery(
                "select " + items.select() + " from " + items.entity() + " " + alias + " where " + IdsContainFunction.NAME
                        + "(:ids, " + alias + ".id)",
                items.type())
                .setParameter("ids", Batch.ids(rows.stream().map(r -> (Long) r[1]).distinct().toList())).getResultList()
                .forEach(e -> byId.put(idOf.applyAsLong(e), e));
        Map<Long, String> cursors = new HashMap<>();
        Map<Long, List<E>> byParent = new HashMap<>();
        for (Object[] row : rows) {
            Long id = (Long) row[1];
            cursors.putIfAbsent(id, new Cursor(key.name(), String.valueOf(row[2]), id).encode());
            byParent.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(byId.get(id));
        }
        Map<Long, Long> totals = new HashMap<>();
        if (countTotal) {
            TypedQuery<Object[]> count = em.createQuery("select " + parentId + ", count(" + alias + ")" + within
                    + " group by " + parentId, Object[].class);
            where.params().forEach(count::setParameter);
            count.setParameter("parents", params.get("parents")).getResultList()
                    .forEach(r -> totals.put((Long) r[0], ((Number) r[1]).longValue()));
        }
        Map<Long, C> pages = new HashMap<>();
        for (Long parent : parentIds) {
            List<E> found = byParent.getOrDefault(parent, List.of());
            boolean more = found.size() > page.size();
            pages.put(parent, shape.apply(new Page<>(more ? found.subList(0, page.size()) : found,
                    item -> cursors.get(idOf.applyAsLong(item)), more, page.after() != null,
                    countTotal ? totals.getOrDefault(parent, 0L) : -1)));
        }
        return pages;
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
