package org.statementatlas.lookup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.statementatlas.article.ArticleQueries;
import org.statementatlas.article.SourceArticleView;
import org.statementatlas.country.CountryQueries;
import org.statementatlas.country.CountryView;
import org.statementatlas.graphql.error.BadUserInputException;
import org.statementatlas.graphql.id.SearchResult;
import org.statementatlas.graphql.paging.Conditions;
import org.statementatlas.statement.StatementQueries;
import org.statementatlas.statement.StatementView;

/**
 * One ranked search across countries, statements and articles. Each kind is scored in SQL by its domain's query
 * class (an exact name, code, alias or outlet beats a prefix, which beats a word inside), so only the best hits are
 * loaded: two queries per kind whatever the number of results. On PostgreSQL statements and articles match by
 * full-text search (words as prefixes, {@link Conditions#text}); countries, a few hundred rows, match by LIKE
 * everywhere.
 */
@GraphQLApi
@ApplicationScoped
public class SearchApi {

    static final int MAX_RESULTS = 50;

    /** A scored hit before it is loaded. */
    private record Hit(SearchResult result, int score, String label) {
    }

    @Query("search")
    @Description("Countries, statements and articles matching the text, best first: a country by name, code or alias (\"DPRK\"), a statement by words of its title or summary, an article by outlet or headline words.")
    public @NonNull List<@NonNull SearchResult> search(
            @NonNull @Description("What to look for, 1 to 200 characters, in any case.") String text,
            @Description("How many results: 1 to 50, default 10.") @DefaultValue("10") int first) {
        String contains = Conditions.containsPattern(text, "text");
        if (first < 1 || first > MAX_RESULTS) {
            throw new BadUserInputException("Argument 'first' must be between 1 and " + MAX_RESULTS + ", got " + first
                    + ".", "first");
        }
        String exact = text.strip().toLowerCase(Locale.ROOT);
        String prefix = contains.substring(1);
        String query = Conditions.fullText() ? Conditions.fullTextQuery(text) : null;
        List<Hit> hits = new ArrayList<>();
        hits.addAll(hits(CountryQueries::byIds, CountryQueries.searchScores(exact, prefix, contains, first),
                CountryView::id, CountryView::name));
        hits.addAll(hits(StatementQueries::byIds, StatementQueries.searchScores(exact, prefix, contains, query, first),
                StatementView::id, StatementView::title));
        hits.addAll(hits(ArticleQueries::byIds, ArticleQueries.searchScores(exact, prefix, contains, query, first),
                SourceArticleView::id, a -> a.headline() == null ? a.url() : a.headline()));
        return hits.stream()
                .sorted(Comparator.comparingInt(Hit::score).reversed().thenComparing(Hit::label))
                .limit(first).map(Hit::result).toList();
    }

    /** The read models of the scored ids of one kind, with their scores. */
    private static <E extends SearchResult> List<Hit> hits(Function<Collection<Long>, List<E>> load,
            Map<Long, Integer> scores, Function<E, Long> idOf, Function<E, String> label) {
        if (scores.isEmpty()) {
            return List.of();
        }
        return load.apply(scores.keySet()).stream()
                .map(e -> new Hit(e, scores.get(idOf.apply(e)), label.apply(e))).toList();
    }
}
