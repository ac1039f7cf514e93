package org.statementatlas.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The read model of a passage an article quotes. */
@Name("Quote")
@Description("A passage an article quotes.")
public record QuoteView(
        @NonNull @Description("The quoted words, without the quotation marks.") String text,
        @Description("Who is quoted, as the sentence names them, e.g. \"the statement\" or \"UK's Foreign Office spokesperson\"; null when not named.") String speaker,
        @Description("Offset of the quoted words in SourceArticle.text (UTF-16 code units).") int start,
        @Description("Offset just after the quoted words.") int end) {
}
