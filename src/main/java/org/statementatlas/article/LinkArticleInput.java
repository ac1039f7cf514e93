package org.statementatlas.article;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Records that an article reports a statement. */
@Description("Records that an article reports a statement.")
@Name("LinkArticleInput")
public record LinkArticleInput(
        @NonNull @NotNull @Id @Description("Global id of the article.") String articleId,
        @NonNull @NotNull @Id @Description("Global id of the statement it reports.") String statementId,
        @DecimalMin("0") @DecimalMax("1") @Description("How sure the link is, from 0 to 1. Default 1 (an editor decided).") Double confidence,
        @Description("How the link was decided. Default CURATED.") LinkMethod method) {
}
