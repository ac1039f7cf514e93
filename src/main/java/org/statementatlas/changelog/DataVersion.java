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

    /** The current version; it only grows. */
    public long current() {
        return version.get();
    }

    /** Moves to a new version: for writes this process learns of from elsewhere (another replica). */
    public long advance() {
        return version.incrementAndGet();
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeCommitted change) {
        advance();
    }
}
