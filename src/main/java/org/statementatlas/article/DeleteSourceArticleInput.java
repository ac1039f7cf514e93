package org.statementatlas.article;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** An article to delete. */
@Description("An article to delete, with its links to statements.")
@Name("DeleteSourceArticleInput")
public record DeleteSourceArticleInput(@NonNull @NotNull @Id @Description("Global id of the article.") String id) {
}
