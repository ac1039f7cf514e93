package org.statementatlas.changelog;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Appends entries to the change log. Each mutation calls {@link #record} as its last step, inside its own
 * transaction ({@code MANDATORY} refuses to run without one), so an entry exists exactly when its change
 * was committed. Entries are never updated or deleted: there is no API for it and the entity is immutable.
 * Each entry is announced as a {@link ChangeCommitted} event, which transactional observers see after the commit,
 * and, in PostgreSQL mode, to the other replicas on the same database ({@link Replicas}).
 */
@ApplicationScoped
public class ChangeLog {

    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final Event<ChangeCommitted> committed;
    private final Replicas replicas;

    ChangeLog(SecurityIdentity identity, ObjectMapper json, Event<ChangeCommitted> committed, Replicas replicas) {
        this.identity = identity;
        this.json = json;
        this.committed = committed;
        this.replicas = replicas;
    }

    /**
     * Records one change.
     *
     * @param operation the mutation, e.g. "updateStatement"
     * @param entity the GraphQL type of the changed object, e.g. "Statement"
     * @param entityId the object's global id
     * @param before the affected data before the change (serialised as JSON), or null for a creation
     * @param after the affected data after the change, or null for a deletion
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Change record(String operation, String entity, String entityId, Object before, Object after) {
        Change change = new Change();
        change.changedAt = Instant.now();
        change.actor = identity.getPrincipal().getName();
        change.operation = operation;
        change.entity = entity;
        change.entityId = entityId;
        change.before = toJson(before);
        change.after = toJson(after);
        replicas.beforeEntry();
        change.persist();
        replicas.entryRecorded(change.id);
        committed.fire(new ChangeCommitted(change.id, operation, entity, entityId));
        return change;
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change-log snapshot is not serialisable", e);
        }
    }
}
