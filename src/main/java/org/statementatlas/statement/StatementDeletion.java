package org.statementatlas.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Fired (synchronously, inside the deleting transaction) before a statement is deleted, so that packages
 * above this one can report and, when forced, remove what refers to it. Dependencies point one way
 * (article → statement), so the statement package asks through this event instead of querying their tables.
 */
public final class StatementDeletion {

    private final Statement statement;
    private final boolean force;
    private final List<String> unlinkedArticleIds = new ArrayList<>();

    StatementDeletion(Statement statement, boolean force) {
        this.statement = statement;
        this.force = force;
    }

    public Statement statement() {
        return statement;
    }

    /** Whether the client asked to delete even when the statement is referred to; observers then unlink. */
    public boolean force() {
        return force;
    }

    /** Reports articles that report the statement (and, when forced, have been unlinked from it). */
    public void reportedBy(List<String> articleIds) {
        unlinkedArticleIds.addAll(articleIds);
    }

    List<String> reportingArticleIds() {
        return List.copyOf(unlinkedArticleIds);
    }
}
