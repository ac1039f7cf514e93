package org.statementatlas.changelog;

/**
 * A change-log entry whose transaction has committed: fired by {@link ChangeLog#record}, and seen only by
 * observers declared {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}, so a rolled-back write is
 * never announced.
 *
 * @param sequence the entry's id, the change log's order
 * @param operation the mutation, e.g. "updateStatement"
 * @param entity the GraphQL type of the changed object
 * @param entityId the changed object's global id
 */
public record ChangeCommitted(long sequence, String operation, String entity, String entityId) {
}
