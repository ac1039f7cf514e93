package org.statementatlas.article;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** An occurrence of a country in an article's text that the pipeline missed. */
@Description("An occurrence of a country in an article's cleaned text that the pipeline missed.")
@Name("AddMentionInput")
public record AddMentionInput(
        @NonNull @NotNull @Id @Description("Global id of the article.") String articleId,
        @NonNull @NotNull @Description("The article version you read (SourceArticle.version); a stale one writes nothing (CONFLICT).") Integer expectedVersion,
        @NonNull @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter code") @Description("ISO 3166-1 alpha-2 code of the country mentioned (any case), or \"EU\".") String countryCode,
        @NonNull @NotNull @Min(0) @Description("Offset of the occurrence's first character in SourceArticle.text (UTF-16 code units).") Integer start,
        @NonNull @NotNull @Min(1) @Description("Offset just after its last character; at most the length of the text.") Integer end,
        @Description("How the text names the country there. Default NAME.") MatchKind matchedAs) {
}
