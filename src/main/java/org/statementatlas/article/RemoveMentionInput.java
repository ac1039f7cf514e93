package org.statementatlas.article;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A false mention to take off an article: one occurrence, or the country altogether. */
@Description("A false mention to take off an article: one occurrence (give start and end), or every occurrence of the country (leave them out).")
@Name("RemoveMentionInput")
public record RemoveMentionInput(
        @NonNull @NotNull @Id @Description("Global id of the article.") String articleId,
        @NonNull @NotNull @Description("The article version you read (SourceArticle.version); a stale one writes nothing (CONFLICT).") Integer expectedVersion,
        @NonNull @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter code") @Description("ISO 3166-1 alpha-2 code of the country (any case), or \"EU\".") String countryCode,
        @Min(0) @Description("Offset of the occurrence to remove, as in Mention.offsets; with end.") Integer start,
        @Min(1) @Description("Offset just after the occurrence to remove; with start.") Integer end) {
}
