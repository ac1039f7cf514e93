package org.statementatlas.article;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The statement an article reports, as an editor decides it, or none. */
@Description("The statement an article reports, as an editor decides it; leave statementId out for none.")
@Name("SetLinkedStatementInput")
public record SetLinkedStatementInput(
        @NonNull @NotNull @Id @Description("Global id of the article.") String articleId,
        @NonNull @NotNull @Description("The article version you read (SourceArticle.version); a stale one writes nothing (CONFLICT).") Integer expectedVersion,
        @Id @Description("Global id of the statement the article reports; null or left out: it reports none.") String statementId) {
}
