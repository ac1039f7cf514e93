package org.statementatlas.article.api;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.statementatlas.article.ArticleQueries;
import org.statementatlas.article.ClaimView;
import org.statementatlas.article.MentionView;
import org.statementatlas.article.QuoteView;
import org.statementatlas.article.SourceArticleView;
import org.statementatlas.article.StatementLink;
import org.statementatlas.graphql.batch.Batch;
import org.statementatlas.statement.StatementView;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Every field of the SourceArticle type that is not one of its own columns: the statements it reports, what ingestion
 * found in it (mentions, quotes, cited resolutions) and its checked claims. Each is batched over all the articles of a
 * response level.
 */
@GraphQLApi
@RegisterForReflection(methods = true, fields = false) // source fields only: see NativeImageClassesTest
@ApplicationScoped
public class SourceArticleResolver {

    @Name("statements")
    @Description("The statements this article reports.")
    public List<@NonNull List<@NonNull StatementView>> reportedStatements(@Source List<SourceArticleView> articles) {
        Map<Long, List<StatementView>> statements = new java.util.HashMap<>();
        ArticleQueries.statementLinks(ids(articles))
                .forEach((id, links) -> statements.put(id, links.stream().map(StatementLink::statement).toList()));
        return Batch.inOrder(articles, SourceArticleView::id, statements, List.of());
    }

    @Name("statementLinks")
    @Description("The statements this article reports, each with the link's confidence and method.")
    public List<@NonNull List<@NonNull StatementLink>> statementLinks(@Source List<SourceArticleView> articles) {
        return Batch.inOrder(articles, SourceArticleView::id, ArticleQueries.statementLinks(ids(articles)), List.of());
    }

    @Name("mentions")
    @Description("The countries the cleaned text mentions, most mentioned first, each with every occurrence's offsets.")
    public List<@NonNull List<@NonNull MentionView>> mentions(@Source List<SourceArticleView> articles) {
        return Batch.inOrder(articles, SourceArticleView::id, ArticleQueries.mentions(ids(articles)), List.of());
    }

    @Name("quotes")
    @Description("The passages the article quotes, in text order.")
    public List<@NonNull List<@NonNull QuoteView>> quotes(@Source List<SourceArticleView> articles) {
        return Batch.inOrder(articles, SourceArticleView::id, ArticleQueries.quotes(ids(articles)), List.of());
    }

    @Name("resolutionsCited")
    @Description("UN Security Council resolutions the article cites, normalised like \"S/RES/1718 (2006)\".")
    public List<@NonNull List<@NonNull String>> resolutionsCited(@Source List<SourceArticleView> articles) {
        return Batch.inOrder(articles, SourceArticleView::id, ArticleQueries.resolutionsCited(ids(articles)),
                List.of());
    }

    @Name("claims")
    @Description("The signatory counts the article states, each checked against the list on its publication date; headline first, then in text order.")
    public List<@NonNull List<@NonNull ClaimView>> claims(@Source List<SourceArticleView> articles) {
        return Batch.inOrder(articles, SourceArticleView::id, ArticleQueries.articleClaims(ids(articles)), List.of());
    }

    private static List<Long> ids(List<SourceArticleView> articles) {
        return articles.stream().map(SourceArticleView::id).toList();
    }
}
