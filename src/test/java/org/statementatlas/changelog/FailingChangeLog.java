package org.statementatlas.changelog;

import jakarta.persistence.EntityManager;

/**
 * A change log that writes the entry for real, makes sure it reached the database, then fails: installed with
 * {@code QuarkusMock}, it proves that a failure at the last step of a write leaves nothing behind.
 */
public class FailingChangeLog extends ChangeLog {

    private final ChangeLog real;
    private final EntityManager em;

    public FailingChangeLog(ChangeLog real, EntityManager em) {
        super(null, null, null, null);
        this.real = real;
        this.em = em;
    }

    @Override
    public Change record(String operation, String entity, String entityId, Object before, Object after) {
        real.record(operation, entity, entityId, before, after);
        em.flush();
        throw new IllegalStateException("injected failure after the change-log entry was written");
    }
}
