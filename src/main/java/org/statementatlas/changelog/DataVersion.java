package org.statementatlas.changelog;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * The version of the stored data as this process knows it: advanced after every committed write, before the
 * writer gets its answer. Whatever is derived from the data (a cached answer) is valid only for the version it
 * was computed at.
 */
@ApplicationScoped
public class DataVersion {

    private final AtomicLong version = new AtomicLong();
    private volatile boolean tracked = true;

    /**
     * The current version; it only grows. While writes made elsewhere cannot be followed ({@link #untracked}), every
     * call gives a new version, so nothing derived from the data is reused.
     */
    public long current() {
        return tracked ? version.get() : version.incrementAndGet();
    }

    /** Moves to a new version: for writes this process learns of from elsewhere (another replica). */
    public long advance() {
        return version.incrementAndGet();
    }

    /** Writes made elsewhere may go unseen from now on (another replica's notifications cannot reach us). */
    public void untracked() {
        tracked = false;
    }

    /** Writes made elsewhere are followed again; what was derived before is stale, so this is a new version. */
    public void tracked() {
        version.incrementAndGet();
        tracked = true;
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeCommitted change) {
        advance();
    }
}
