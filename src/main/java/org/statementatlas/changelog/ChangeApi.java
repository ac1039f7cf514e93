package org.statementatlas.changelog;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.statementatlas.graphql.batch.FieldLoader;
import org.statementatlas.graphql.paging.Conditions;
import org.statementatlas.graphql.paging.Keyset;
import org.statementatlas.graphql.paging.PageRequest;
import org.statementatlas.graphql.paging.SortKey;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/**
 * Reads the change log, as pages (the {@code changes} query) or live (the {@code changes} subscription). It is
 * read-only: the API has no operation that edits or removes an entry.
 */
@GraphQLApi
@ApplicationScoped
public class ChangeApi {

    /** Ids grow with every entry, so they order the log exactly even when two entries share a timestamp. */
    static final SortKey NEWEST_FIRST = new SortKey("Change.ID.DESC", "c.id", true, Long::valueOf);

    private final FieldLoader loader;
    private final ChangeFeed feed;
    private final SubscriptionLimits limits;

    ChangeApi(FieldLoader loader, ChangeFeed feed, SubscriptionLimits limits) {
        this.loader = loader;
        this.feed = feed;
        this.limits = limits;
    }

    @Query("changes")
    @Description("The change log, newest first: every successful write with its actor, time and the data before and after.")
    public @NonNull ChangeConnection findChanges(
            @Description("Only changes to objects of this type, e.g. \"Statement\", \"CountryGroup\", \"SourceArticle\".") String entity,
            @Id @Description("Only changes to the object with this global id.") String entityId,
            @Description("Page size: 1 to 100, default 20.") Integer first,
            @Description("Return the items after this cursor (from pageInfo.endCursor or an edge).") String after) {
        Keyset.Where where = new Conditions().add(entity, "c.entity = :entity", "entity")
                .add(entityId, "c.entityId = :entityId", "entityId").build();
        return new ChangeConnection(Keyset.page(Change.class, "c", where, NEWEST_FIRST,
                PageRequest.of(first, after, NEWEST_FIRST.name()), c -> c.id, loader.selects("totalCount")));
    }

    @Subscription("changes")
    @Description("Every change-log entry from now on, as its transaction commits (never for a write that failed or was"
            + " rolled back), in the order they commit; the same filters as the changes query.")
    public Multi<@NonNull Change> subscribeToChanges(
            @Description("Only changes to objects of this type, e.g. \"Statement\", \"CountryGroup\", \"SourceArticle\".") String entity,
            @Id @Description("Only changes to the object with this global id.") String entityId) {
        return limits.admit(feed.changes().select().where(change -> (entity == null || entity.equals(change.entity))
                && (entityId == null || entityId.equals(change.entityId))));
    }
}
