package org.statementatlas.changelog;

import java.util.Optional;

import org.statementatlas.graphql.paging.Conditions;
import org.statementatlas.graphql.paging.Keyset;
import org.statementatlas.graphql.paging.Page;
import org.statementatlas.graphql.paging.PageRequest;
import org.statementatlas.graphql.paging.SortKey;

import io.quarkus.hibernate.orm.panache.Panache;

/** Every read query over the change log: the one place that holds its HQL. Answers are {@link ChangeView}s. */
public final class ChangeQueries {

    private static final String VIEW = "new org.statementatlas.changelog.ChangeView(c.id, c.changedAt, c.actor,"
            + " c.operation, c.entity, c.entityId, c.before, c.after)";
    private static final Keyset.Rows<ChangeView> ROWS = new Keyset.Rows<>("Change", "c", VIEW, ChangeView.class,
            ChangeView::id);
    private static final String BY_ID = "select " + VIEW + " from Change c where c.id = :id";

    /** Ids grow with every entry, so they order the log exactly even when two entries share a timestamp. */
    private static final SortKey NEWEST_FIRST = new SortKey("Change.ID.DESC", "c.id", true, Long::valueOf);

    private ChangeQueries() {
    }

    /** One page of the log, newest first, optionally of one entity type or object. */
    static Page<ChangeView> page(String entity, String entityId, Integer first, String after, boolean countTotal) {
        Keyset.Where where = new Conditions().add(entity, "c.entity = :entity", "entity")
                .add(entityId, "c.entityId = :entityId", "entityId").build();
        return Keyset.page(ROWS, where, NEWEST_FIRST, PageRequest.of(first, after, NEWEST_FIRST.name()), countTotal);
    }

    public static Optional<ChangeView> byId(long id) {
        return Panache.getEntityManager().createQuery(BY_ID, ChangeView.class).setParameter("id", id).getResultStream()
                .findFirst();
    }
}
