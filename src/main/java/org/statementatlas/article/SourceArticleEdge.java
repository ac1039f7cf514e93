package org.statementatlas.article;

import org.eclipse.microprofile.graphql.Description;
import org.statementatlas.graphql.paging.Edge;

/** A SourceArticle with its cursor. */
@Description("A SourceArticle with its cursor.")
public class SourceArticleEdge extends Edge<SourceArticleView> {

    public SourceArticleEdge(String cursor, SourceArticleView node) {
        super(cursor, node);
    }
}
