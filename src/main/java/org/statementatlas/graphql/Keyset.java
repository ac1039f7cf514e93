package org.statementatlas.graphql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Keyset (cursor) pagination over one entity. Offsets would skip or repeat items when rows are added
 * between two page requests, and get slower with every page; a keyset stays exact and uses the index.
 */
public final class Keyset {

    private Keyset() {
    }

    /**
     * Fetches one page.
     *
     * @param type the entity class
     * @param alias the root alias used in {@code where} and in the sort key, e.g. "s"
     * @param where an HQL condition over the alias, or null for all rows
     * @param params the named parameters of {@code where}
     * @param key the ordering
     * @param page the validated page request
     * @param idOf reads an item's database id
     * @param countTotal whether to count the whole list (when the client selected totalCount)
     */
    public static <E> Page<E> page(Class<E> type, String alias, String where, Map<String, Object> params,
            SortKey<E> key, PageRequest page, ToLongFunction<E> idOf, boolean countTotal) {
        EntityManager em = Panache.getEntityManager();
        String from = " from " + type.getSimpleName() + " " + alias;
        String filter = where == null ? "" : where;
        Map<String, Object> pageParams = new HashMap<>(params);
        if (page.after() != null) {
            filter = (filter.isEmpty() ? "" : filter + " and ") + key.after(alias);
            pageParams.put("kv", key.parse().apply(page.after().value()));
            pageParams.put("kid", page.after().id());
        }
        TypedQuery<E> query = em.createQuery("select " + alias + from + (filter.isEmpty() ? "" : " where " + filter)
                + " order by " + key.orderBy(alias), type);
        pageParams.forEach(query::setParameter);
        List<E> rows = query.setMaxResults(page.first() + 1).getResultList();
        boolean hasNext = rows.size() > page.first();
        List<E> items = hasNext ? rows.subList(0, page.first()) : rows;

        long total = -1;
        if (countTotal) {
            TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + from
                    + (where == null ? "" : " where " + where), Long.class);
            params.forEach(count::setParameter);
            total = count.getSingleResult();
        }
        return new Page<>(items, item -> key.cursorOf(item, idOf.applyAsLong(item)).encode(), hasNext,
                page.after() != null, total);
    }
}
