package org.statementatlas.changelog;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.statementatlas.graphql.error.ConflictException;
import org.statementatlas.graphql.error.NotFoundException;
import org.statementatlas.graphql.id.GlobalId;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The one write path of every mutation. {@link #lock} opens an {@link Edit}: the object's row locked for this
 * transaction, so that concurrent edits queue instead of interleaving, and the client's {@code expectedVersion}
 * compared (CONFLICT when it is stale). The mutation changes the entity, then closes the edit with one of
 * {@link Edit#record}, {@link Edit#recordNewVersion} or {@link Edit#recordDeletion}, which flush, so that a
 * version clash is CONFLICT rather than a failed commit, and append the change-log entry in the same transaction.
 */
@ApplicationScoped
public class Edits {

    private final ChangeLog changeLog;

    Edits(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    /**
     * What a mutation edits: its entity class, the type name in its global ids and the noun that NOT_FOUND uses.
     */
    public record Target<E extends Editable>(Class<E> entity, String type, String noun) {
    }

    /**
     * The object with this global id, locked for this transaction, if it is at the version the client read.
     *
     * @param field the input field that holds the id, named by NOT_FOUND and by an id of another type
     * @param expectedVersion the version the client read, or null to skip the check
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends Editable> Edit<E> lock(Target<E> target, String id, String field, Integer expectedVersion) {
        E entity = GlobalId.keyOf(id, target.type(), field)
                .map(key -> Panache.getEntityManager().find(target.entity(), key, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("No " + target.noun() + " has the id given in '" + field + "'.",
                        field));
        return opened(target.type(), entity, expectedVersion);
    }

    /** An object the domain has found and locked itself (by another key than its id); checks the version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends Editable> Edit<E> locked(String type, E entity, Integer expectedVersion) {
        return opened(type, entity, expectedVersion);
    }

    /**
     * Records an object the caller has stored as a whole (created it, or, for ingestion, created or replaced it):
     * flushed, with no data before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordStored(String operation, String type, Editable created, Supplier<?> after) {
        flush(type, created);
        changeLog.record(operation, type, created.getGlobalId(), null, after.get());
    }

    private <E extends Editable> Edit<E> opened(String type, E entity, Integer expectedVersion) {
        if (expectedVersion != null && expectedVersion != entity.version()) {
            throw new ConflictException(type + " is at version " + entity.version() + ", not " + expectedVersion
                    + ": it was changed after you read it. Read it again and retry.", entity.version());
        }
        return new Edit<>(this, type, entity);
    }

    void record(String operation, String type, String entityId, Object before, Object after) {
        changeLog.record(operation, type, entityId, before, after);
    }

    /**
     * Writes pending changes now, inside the mutation, so that a version clash surfaces as CONFLICT instead of as a
     * failed commit. Writers lock the row before they compare versions, so this is the backstop for writers that do
     * not.
     */
    static void flush(String type, Editable entity) {
        Object key = Panache.getEntityManager().getEntityManagerFactory().getPersistenceUnitUtil()
                .getIdentifier(entity);
        Class<?> entityClass = entity.getClass();
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            // The current transaction is lost: the winning version is read in a new one.
            int current = key == null ? 0 : QuarkusTransaction.requiringNew().call(() -> {
                Object winner = Panache.getEntityManager().find(entityClass, key);
                return winner == null ? 0 : ((Editable) winner).version();
            });
            throw new ConflictException(type + " was changed by another write at the same time; it is now at version "
                    + current + ". Read it again and retry.", current);
        }
    }

    /**
     * Moves an entity to a new version although none of its own columns changed (rows that belong to it did, such
     * as a statement's signatures), then flushes.
     */
    static void newVersion(String type, Editable entity) {
        Panache.getEntityManager().lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        flush(type, entity);
    }
}
