package org.statementatlas.ratelimit;

/**
 * One client's budget: holds up to {@code capacity} tokens, refilled continuously at {@code capacity} per period;
 * each request takes one. Time is passed in (nanoseconds), so that the arithmetic is testable without waiting.
 */
final class TokenBucket {

    /** What one request found: whether it may go on, what is left, and the waits the headers announce. */
    record Outcome(boolean allowed, int remaining, long secondsUntilFull, long secondsUntilNext) {
    }

    private final int capacity;
    private final double nanosPerToken;
    private double tokens;
    private long updated;

    TokenBucket(int capacity, long periodNanos, long now) {
        this.capacity = capacity;
        this.nanosPerToken = (double) periodNanos / capacity;
        this.tokens = capacity;
        this.updated = now;
    }

    /** Takes a token if one is there. */
    synchronized Outcome take(long now) {
        refill(now);
        boolean allowed = tokens >= 1;
        if (allowed) {
            tokens -= 1;
        }
        return outcome(allowed);
    }

    /** The state, without taking anything. */
    synchronized Outcome peek(long now) {
        refill(now);
        return outcome(true);
    }

    private void refill(long now) {
        if (now > updated) {
            tokens = Math.min(capacity, tokens + (now - updated) / nanosPerToken);
            updated = now;
        }
    }

    private Outcome outcome(boolean allowed) {
        return new Outcome(allowed, (int) Math.floor(tokens), seconds((capacity - tokens) * nanosPerToken),
                seconds(Math.max(0, 1 - tokens) * nanosPerToken));
    }

    /** Whole seconds, rounded up, so that a client waiting that long never finds the budget still empty. */
    private static long seconds(double nanos) {
        return (long) Math.ceil(nanos / 1e9);
    }
}
