package org.statementatlas.graphql.server;

import java.time.Duration;

import org.statementatlas.graphql.error.LimitExceededException;

/**
 * When a request's time budget runs out. The endpoint starts it when the request arrives and hands it to
 * the execution in the GraphQL context; {@link CostLimits} checks it before each field is fetched.
 */
final class Deadline {

    /** Key of the deadline in the GraphQL context. */
    static final String KEY = Deadline.class.getName();

    private final long start = System.nanoTime();
    private final Duration budget;
    private volatile boolean cancelled;

    Deadline(Duration budget) {
        this.budget = budget;
    }

    long elapsedMillis() {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    /** Ends the budget now: the client has gone, so the rest of the work is for nobody. */
    void cancel() {
        cancelled = true;
    }

    /** Throws LIMIT_EXCEEDED once the budget is spent. */
    void check() {
        if (cancelled || System.nanoTime() - start > budget.toNanos()) {
            throw exceeded();
        }
    }

    LimitExceededException exceeded() {
        return new LimitExceededException("The request ran out of its time budget of " + budget.toMillis()
                + " ms; ask for less at once.", LimitExceededException.TIME, budget.toMillis(), elapsedMillis());
    }
}
