package org.statementatlas.statement;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.changelog.Change;
import org.statementatlas.changelog.ChangeFeed;
import org.statementatlas.changelog.SubscriptionLimits;
import org.statementatlas.graphql.error.NotFoundException;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.Cancellable;

/**
 * The {@code statementUpdated} subscription: an explorer page follows one statement and refreshes itself. Signature
 * changes are recorded against their statement, so they arrive here too.
 */
@GraphQLApi
@ApplicationScoped
public class StatementUpdates {

    private final ChangeFeed feed;
    private final SubscriptionLimits limits;

    StatementUpdates(ChangeFeed feed, SubscriptionLimits limits) {
        this.feed = feed;
        this.limits = limits;
    }

    @Subscription("statementUpdated")
    @Blocking // looks the slug up in the database
    @Description("The statement with this slug each time a write to it or to its signatures commits. The statement is"
            + " followed by its id, so a later change of slug does not end the subscription; when the statement is deleted"
            + " one last event says so (deleted: true, statement: null) and the subscription completes. An unknown slug"
            + " fails with NOT_FOUND.")
    public Multi<@NonNull StatementUpdate> statementUpdated(
            @NonNull @Description("Slug of the statement to follow, e.g. \"2024-01-09-dprk-russia-missile-transfers\".") String slug) {
        Statement found = QuarkusTransaction.requiringNew()
                .call(() -> Statement.<Statement>find("slug", slug).firstResult());
        if (found == null) {
            throw new NotFoundException("No statement has the slug '" + slug + "'.", "slug");
        }
        long id = found.id;
        String globalId = found.getGlobalId();
        Multi<StatementUpdate> updates = Multi.createFrom().emitter(emitter -> {
            Cancellable upstream = feed.changes()
                    .select().where(change -> Statement.TYPE.equals(change.entity) && globalId.equals(change.entityId))
                    .emitOn(Infrastructure.getDefaultWorkerPool())
                    .subscribe().with(change -> {
                        // The statement's nested fields are resolved while the event is emitted: they need a session.
                        ManagedContext context = Arc.container().requestContext();
                        context.activate();
                        try {
                            StatementUpdate update = load(change, id);
                            emitter.emit(update);
                            if (update.deleted()) {
                                emitter.complete();
                            }
                        } finally {
                            context.terminate();
                        }
                    }, emitter::fail, emitter::complete);
            emitter.onTermination(upstream::cancel);
        });
        return limits.admit(updates);
    }

    /** Reads the statement in the event's request context, so that its lazy fields load while it is written. */
    private static StatementUpdate load(Change change, long id) {
        Statement statement = Statement.findById(id);
        return new StatementUpdate(change, statement, statement == null);
    }
}
