package org.statementatlas.article;

import org.eclipse.microprofile.graphql.Description;
import org.statementatlas.graphql.paging.Connection;
import org.statementatlas.graphql.paging.Page;

/** A page of SourceArticle items (Relay connection). */
@Description("A page of SourceArticle items, with cursors and the total count (Relay connection).")
public class SourceArticleConnection extends Connection<SourceArticleView, SourceArticleEdge> {

    public SourceArticleConnection(Page<SourceArticleView> page) {
        super(page, SourceArticleEdge::new);
    }
}
