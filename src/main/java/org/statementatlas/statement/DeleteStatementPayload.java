package org.statementatlas.statement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** The result of deleteStatement: what was deleted, and what went with it. */
@Description("The result of deleteStatement: what was deleted and what went with it.")
public record DeleteStatementPayload(
        @NonNull @Id @Description("Global id the deleted statement had.") String deletedId,
        @NonNull @Description("Country codes of the signatures deleted with it.") List<@NonNull String> removedSignatories,
        @NonNull @Id @Description("Global ids of the articles that reported it and were unlinked from it (with force: true).") List<@NonNull String> unlinkedArticleIds) {
}
