package org.statementatlas.article;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Removes a link between an article and a statement, e.g. one made wrongly. */
@Description("Removes the link between an article and a statement, e.g. one made wrongly.")
@Name("UnlinkArticleInput")
public record UnlinkArticleInput(
        @NonNull @NotNull @Id @Description("Global id of the article.") String articleId,
        @NonNull @NotNull @Id @Description("Global id of the statement.") String statementId) {
}
