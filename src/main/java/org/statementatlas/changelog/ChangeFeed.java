package org.statementatlas.changelog;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * The committed changes as a stream, for GraphQL subscriptions. Every source of commits feeds {@link #publish}: this
 * process's own commits (a transactional observer, so a rolled-back write is never announced) and, where replicas
 * share a database, a listener for commits made elsewhere (PostgreSQL LISTEN/NOTIFY carrying the sequence).
 * <p>
 * Each entry is read back from the change log once, on one thread, and the same {@link ChangeView} goes to every
 * subscriber, in the order {@link #publish} was called: the cost of a commit does not grow with the number of
 * subscribers.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);

    private final BroadcastProcessor<ChangeView> processor = BroadcastProcessor.create();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "atlas-change-feed");
        thread.setDaemon(true);
        return thread;
    });
    private final int buffer;

    ChangeFeed(SubscriptionConfig config) {
        this.buffer = config.bufferSize();
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeCommitted change) {
        publish(change.sequence());
    }

    /**
     * Announces the committed change-log entry with this sequence (its id) to every subscriber. Call it only for
     * an entry whose transaction has committed; an entry that cannot be found is skipped.
     */
    public void publish(long sequence) {
        reader.execute(() -> {
            try {
                ChangeView change = QuarkusTransaction.requiringNew().call(() -> ChangeQueries.byId(sequence).orElse(null));
                if (change != null) {
                    processor.onNext(change);
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Change-log entry %d could not be read for subscribers", sequence);
            }
        });
    }

    /**
     * Committed changes from now on. A subscriber that falls more than {@code atlas.subscriptions.buffer-size}
     * entries behind is ended with an error rather than holding memory without bound.
     */
    public Multi<ChangeView> changes() {
        return processor.onOverflow().buffer(buffer);
    }

    @PreDestroy
    void stop() {
        reader.shutdownNow();
        processor.onComplete();
    }
}
