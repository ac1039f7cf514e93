package org.statementatlas.pipeline;

import java.util.List;

import org.statementatlas.article.MatchKind;

/**
 * A country the mention extractor found: every occurrence, in text order.
 *
 * @param code the country's ISO alpha-2 code
 * @param matchedAs the most direct kind among the occurrences (NAME before ALIAS before DEMONYM before CAPITAL)
 * @param spans the occurrences, as offsets into the cleaned text
 */
public record FoundMention(String code, MatchKind matchedAs, List<Span> spans) {

    /** One occurrence: [start, end) in UTF-16 code units, and how it matched. */
    public record Span(int start, int end, MatchKind matchedAs) {
    }

    public int count() {
        return spans.size();
    }
}
