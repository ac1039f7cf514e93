package org.statementatlas.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Where one occurrence of a mention is in the article's cleaned text. */
@Embeddable
@Description("One occurrence of a mention: character offsets into SourceArticle.text, in UTF-16 code units as JavaScript indexes strings; end is exclusive.")
public class TextSpan {

    @Column(name = "start_offset")
    @Description("Offset of the first character.")
    public int start;

    @Column(name = "end_offset")
    @Description("Offset just after the last character.")
    public int end;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("How this occurrence was recognised.")
    public MatchKind matchedAs;

    public TextSpan() {
    }

    public TextSpan(int start, int end, MatchKind matchedAs) {
        this.start = start;
        this.end = end;
        this.matchedAs = matchedAs;
    }
}
