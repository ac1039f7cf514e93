package org.statementatlas.graphql.id;

import org.eclipse.microprofile.graphql.Description;

import io.smallrye.graphql.api.Union;

/** Anything {@code search} can find: a statement, a country or a source article. */
@Union
@Description("A search hit: a Statement, a Country or a SourceArticle.")
public interface SearchResult {
}
