package org.statementatlas.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The read model of one occurrence of a mention in an article's text. */
@Name("TextSpan")
@Description("One occurrence of a mention: character offsets into SourceArticle.text, in UTF-16 code units as JavaScript indexes strings; end is exclusive.")
public record TextSpanView(
        @Description("Offset of the first character.") int start,
        @Description("Offset just after the last character.") int end,
        @NonNull @Description("How this occurrence was recognised.") MatchKind matchedAs) {
}
