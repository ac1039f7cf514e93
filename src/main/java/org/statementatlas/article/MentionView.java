package org.statementatlas.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.country.CountryView;

/** The read model of a country an article mentions, with every place it does so. */
@Name("Mention")
@Description("A country that an article's cleaned text mentions, with every occurrence.")
public record MentionView(
        @NonNull @Description("The country mentioned.") CountryView country,
        @Description("How many times the text mentions the country.") int count,
        @NonNull @Description("The most direct way the country was named: NAME before ALIAS before DEMONYM before CAPITAL. Each occurrence has its own in offsets.") MatchKind matchedAs,
        @NonNull @Description("Every occurrence, in text order, for highlighting.") List<@NonNull TextSpanView> offsets,
        @NonNull @Description("Who made the mention: PIPELINE, or EDITOR once an editor added it or changed its occurrences.") FindingMethod method) {
}
