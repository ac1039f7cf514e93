package org.statementatlas.article;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A signatory-count claim the pipeline missed. */
@Description("A signatory-count claim the pipeline missed. Give where it stands in the text (start and end), its phrase, or both.")
@Name("AddClaimInput")
public record AddClaimInput(
        @NonNull @NotNull @Id @Description("Global id of the article.") String articleId,
        @NonNull @NotNull @Description("The article version you read (SourceArticle.version); a stale one writes nothing (CONFLICT).") Integer expectedVersion,
        @NonNull @NotNull @Min(0) @Description("The number claimed.") Integer value,
        @NonNull @NotNull @Description("What the number counts.") ClaimUnit counts,
        @Description("The hedging word; leave it out for an exact number.") ClaimQualifier qualifier,
        @Size(min = 1, max = 300) @Description("The words of the claim, e.g. \"nearly 50 countries\"; default the text between start and end.") String phrase,
        @Min(0) @Description("Offset of the phrase in SourceArticle.text; with end.") Integer start,
        @Min(1) @Description("Offset just after the phrase; with start, at most the length of the text.") Integer end) {
}
