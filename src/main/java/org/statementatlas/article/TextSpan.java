package org.statementatlas.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Where one occurrence of a mention is in the article's cleaned text. */
@Embeddable
public class TextSpan {

    @Column(name = "start_offset")
    public int start;

    @Column(name = "end_offset")
    public int end;

    @Enumerated(EnumType.STRING)
    public MatchKind matchedAs;

    public TextSpan() {
    }

    public TextSpan(int start, int end, MatchKind matchedAs) {
        this.start = start;
        this.end = end;
        this.matchedAs = matchedAs;
    }
}
