package org.statementatlas.graphql.mutation;

import java.util.function.IntSupplier;

import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;

import org.statementatlas.graphql.error.ConflictException;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Optimistic locking for writes: a client sends the version it read, and a write based on an older version
 * is refused with CONFLICT and the current version, so that no edit silently overwrites another.
 */
public final class OptimisticLocking {

    private OptimisticLocking() {
    }

    /** Refuses the write when the client's expected version (if it sent one) is not the current one. */
    public static void require(String type, Integer expected, int current) {
        if (expected != null && expected != current) {
            throw new ConflictException(type + " is at version " + current + ", not " + expected
                    + ": it was changed after you read it. Read it again and retry.", current);
        }
    }

    /**
     * Writes pending changes now, inside the mutation, so that a version clash surfaces as CONFLICT instead of
     * as a failed commit. Writers lock the row before they compare versions, so this is the backstop for
     * writers that do not.
     *
     * @param currentVersion reads the winning version; it runs in a new transaction, as the current one is lost
     */
    public static void flush(String type, IntSupplier currentVersion) {
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            int current = QuarkusTransaction.requiringNew().call(currentVersion::getAsInt);
            throw new ConflictException(type + " was changed by another write at the same time; it is now at version "
                    + current + ". Read it again and retry.", current);
        }
    }

    /**
     * Moves an entity to a new version although none of its own columns changed (rows that belong to it did,
     * such as a statement's signatures), then flushes as {@link #flush} does.
     */
    public static void newVersion(Object entity, String type, IntSupplier currentVersion) {
        Panache.getEntityManager().lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        flush(type, currentVersion);
    }
}
