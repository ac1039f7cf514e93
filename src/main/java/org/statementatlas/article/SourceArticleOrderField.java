package org.statementatlas.article;

import org.eclipse.microprofile.graphql.Description;

/** What articles can be ordered by. */
@Description("What articles can be ordered by.")
public enum SourceArticleOrderField {
    @Description("Publication date; undated articles count as oldest.")
    PUBLISHED_ON, @Description("Outlet name, ignoring case.")
    OUTLET
}
