package org.statementatlas.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** The result of deleteSourceArticle. */
@Description("The result of deleteSourceArticle: what was deleted and what went with it.")
public record DeleteSourceArticlePayload(
        @NonNull @Id @Description("Global id the deleted article had.") String deletedId,
        @NonNull @Id @Description("Global ids of the statements the article reported; those links were removed (the statements stay).") List<@NonNull String> unlinkedStatementIds) {
}
