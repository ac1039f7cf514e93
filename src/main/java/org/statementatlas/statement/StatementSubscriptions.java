package org.statementatlas.statement;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.changelog.ChangeFeed;
import org.statementatlas.changelog.ChangeView;
import org.statementatlas.changelog.SubscriptionLimits;
import org.statementatlas.graphql.error.NotFoundException;
import org.statementatlas.graphql.id.GlobalId;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The {@code statementUpdated} subscription: an explorer page follows one statement and refreshes itself. Signature
 * changes are recorded against their statement, so they arrive here too.
 */
@GraphQLApi
@ApplicationScoped
public class StatementSubscriptions {

    /** Marks the end of a followed statement's stream; never sent. */
    private static final StatementUpdate END = new StatementUpdate(null, null, true, 0);

    private final ChangeFeed feed;
    private final SubscriptionLimits limits;

    StatementSubscriptions(ChangeFeed feed, SubscriptionLimits limits) {
        this.feed = feed;
        this.limits = limits;
    }

    @Subscription("statementUpdated")
    @Description("The statement with this slug each time a write to it or to its signatures commits. The statement is"
            + " followed by its id, so a later change of slug does not end the subscription; when the statement is deleted"
            + " one last event says so (deleted: true, statement: null) and the subscription completes. For an unknown slug"
            + " the only event is null with a NOT_FOUND error, then the subscription completes.")
    public Multi<StatementUpdate> statementUpdated(
            @NonNull @Description("Slug of the statement to follow, e.g. \"2024-01-09-dprk-russia-missile-transfers\".") String slug) {
        // Subscriptions are resolved on the event loop: the slug is looked up on a worker thread.
        Multi<StatementUpdate> updates = Uni.createFrom().item(() -> find(slug))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToMulti(found -> follow(found[0], GlobalId.encode(Statement.TYPE, found[0])));
        return limits.admit(updates);
    }

    private static long[] find(String slug) {
        StatementView found = QuarkusTransaction.requiringNew().call(() -> StatementQueries.bySlug(slug).orElse(null));
        if (found == null) {
            throw new NotFoundException("No statement has the slug '" + slug + "'.", "slug");
        }
        return new long[]{found.id()};
    }

    private Multi<StatementUpdate> follow(long id, String globalId) {
        return feed.changes()
                .select().where(change -> Statement.TYPE.equals(change.entity()) && globalId.equals(change.entityId()))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(change -> load(change, id))
                // A deletion is the last event: END right after it completes the stream at once.
                .onItem().transformToMultiAndConcatenate(update -> update.deleted()
                        ? Multi.createFrom().items(update, END)
                        : Multi.createFrom().item(update))
                .select().first(update -> update != END);
    }

    /**
     * Reads the statement and its signature count as committed. The event is written after this transaction has
     * ended, on another thread, so it carries what a page needs to refresh itself without lazy loading.
     */
    private static StatementUpdate load(ChangeView change, long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            StatementView statement = StatementQueries.byId(id).orElse(null);
            int count = statement == null ? 0 : SignatureQueries.signatureCount(id);
            return new StatementUpdate(change, statement, statement == null, count);
        });
    }
}
