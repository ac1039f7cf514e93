package org.statementatlas.article.api;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.statementatlas.article.ArticleQueries;
import org.statementatlas.article.SourceArticle;
import org.statementatlas.article.SourceArticleConnection;
import org.statementatlas.article.SourceArticleFilter;
import org.statementatlas.article.SourceArticleOrder;
import org.statementatlas.article.SourceArticleView;
import org.statementatlas.graphql.batch.FieldLoader;
import org.statementatlas.graphql.error.BadUserInputException;
import org.statementatlas.graphql.id.GlobalId;

/** The article queries of the Query type; the fields of SourceArticle itself are in {@link SourceArticleResolver}. */
@GraphQLApi
@ApplicationScoped
public class SourceArticleApi {

    private final FieldLoader loader;

    SourceArticleApi(FieldLoader loader) {
        this.loader = loader;
    }

    @Query("sourceArticles")
    @Description("News articles matching a filter, newest first unless ordered otherwise (undated ones count as oldest). Page forward with first/after, backward with last/before.")
    public @NonNull SourceArticleConnection findSourceArticles(
            @Description("Which articles to list.") SourceArticleFilter filter,
            @Description("Order; default PUBLISHED_ON DESC.") SourceArticleOrder orderBy,
            @Description("Page size when paging forward: 1 to 100, default 20.") Integer first,
            @Description("Return the items after this cursor.") String after,
            @Description("Page size when paging backward: 1 to 100.") Integer last,
            @Description("Return the items before this cursor.") String before) {
        return new SourceArticleConnection(
                ArticleQueries.page(filter, orderBy, first, after, last, before, loader.selects("totalCount")));
    }

    @Query("sourceArticle")
    @Description("One article by global id or by URL (give exactly one), or null if there is none.")
    public SourceArticleView findSourceArticle(@Id @Description("Global id of the article.") String id,
            @Description("Address of the article, exactly as stored.") String url) {
        if ((id == null) == (url == null)) {
            throw new BadUserInputException("Give exactly one of 'id' and 'url'.", id == null ? "id" : "url");
        }
        if (url != null) {
            return ArticleQueries.byUrl(url).orElse(null);
        }
        return GlobalId.keyOf(id, SourceArticle.TYPE, "id").flatMap(ArticleQueries::byId).orElse(null);
    }
}
