package org.statementatlas.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.statement.StatementView;

/** The result of linkArticleToStatement or unlinkArticle. */
@Description("The result of linkArticleToStatement or unlinkArticle.")
public record ArticleLinkPayload(
        @NonNull @Description("The article, with the statements it now reports.") SourceArticleView article,
        @NonNull @Description("The statement, with the articles that now report it.") StatementView statement) {
}
