package org.statementatlas.changelog;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/** The {@code changes} subscription: the change log live, entry by entry as each write commits. */
@GraphQLApi
@ApplicationScoped
public class ChangeSubscriptions {

    private final ChangeFeed feed;
    private final SubscriptionLimits limits;

    ChangeSubscriptions(ChangeFeed feed, SubscriptionLimits limits) {
        this.feed = feed;
        this.limits = limits;
    }

    @Subscription("changes")
    @Description("Every change-log entry from now on, as its transaction commits (never for a write that failed or was"
            + " rolled back), in the order they commit; the same filters as the changes query.")
    public Multi<@NonNull ChangeView> subscribeToChanges(
            @Description("Only changes to objects of this type, e.g. \"Statement\", \"CountryGroup\", \"SourceArticle\".") String entity,
            @Id @Description("Only changes to the object with this global id.") String entityId) {
        return limits.admit(feed.changes().select().where(change -> (entity == null || entity.equals(change.entity()))
                && (entityId == null || entityId.equals(change.entityId()))));
    }
}
