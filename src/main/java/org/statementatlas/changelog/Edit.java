package org.statementatlas.changelog;

import java.util.function.Supplier;

/**
 * One mutation's edit of one object, opened by {@link Edits}: the entity is locked and at the version the client
 * read. Closing it with one of the {@code record} methods flushes and appends the change-log entry; the data after
 * the change is read only then, so that it carries the version the flush gave.
 */
public final class Edit<E extends Editable> {

    private final Edits edits;
    private final String type;
    private final E entity;
    private final String entityId;

    Edit(Edits edits, String type, E entity) {
        this.edits = edits;
        this.type = type;
        this.entity = entity;
        this.entityId = entity.getGlobalId();
    }

    /** The locked entity. */
    public E entity() {
        return entity;
    }

    /** The entity's own columns changed (or nothing did): flushes, which moves it to a new version if so, and records. */
    public void record(String operation, Object before, Supplier<?> after) {
        Edits.flush(type, entity);
        edits.record(operation, type, entityId, before, after.get());
    }

    /**
     * Rows that belong to the entity changed (a statement's signatures, a group's members, an article's findings):
     * moves the entity to a new version although its own columns may not have changed, flushes and records.
     */
    public void recordNewVersion(String operation, Object before, Supplier<?> after) {
        Edits.newVersion(type, entity);
        edits.record(operation, type, entityId, before, after.get());
    }

    /** The entity was deleted: flushes and records, under the id it had, with no data after. */
    public void recordDeletion(String operation, Object before) {
        Edits.flush(type, entity);
        edits.record(operation, type, entityId, before, null);
    }
}
