package org.statementatlas.lookup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

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

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * One ranked search across countries, statements and articles. Each kind is scored in SQL (an exact
 * name, code, alias or outlet beats a prefix, which beats a word inside), so only the best hits are loaded:
 * two queries per kind whatever the number of results. On PostgreSQL statements and articles match by full-text
 * search (words as prefixes, {@link Conditions#text}); countries, a few hundred rows, match by LIKE everywhere.
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
        Map<String, Object> like = Map.of("exact", exact, "prefix", prefix, "contains", contains);
        String query = Conditions.fullText() ? Conditions.fullTextQuery(text) : null;
        List<Hit> hits = new ArrayList<>();
        hits.addAll(hits(CountryQueries::byIds, "select c.id as id, max(case"
                + " when lower(c.name) = :exact or lower(c.code) = :exact or lower(al.text) = :exact then 100"
                + " when lower(c.name) like :prefix escape '\\' then 80"
                + " when lower(c.officialName) like :contains escape '\\' or lower(c.name) like :contains escape '\\' then 60"
                + " when lower(al.text) like :contains escape '\\' then 50 else 0 end) as score"
                + " from Country c left join c.aliases al group by c.id", like, first, CountryView::id, CountryView::name));
        if (query == null) {
            hits.addAll(hits(StatementQueries::byIds, "select s.id as id, max(case"
                    + " when lower(s.title) = :exact or lower(s.slug) = :exact then 95"
                    + " when lower(s.title) like :prefix escape '\\' then 75"
                    + " when lower(s.title) like :contains escape '\\' then 70"
                    + " when lower(s.summary) like :contains escape '\\' then 40 else 0 end) as score"
                    + " from Statement s group by s.id", like, first, StatementView::id, StatementView::title));
            hits.addAll(hits(ArticleQueries::byIds, "select a.id as id, max(case"
                    + " when lower(a.outlet.name) = :exact or lower(a.outlet.domain) = :exact or lower(a.url) = :exact then 90"
                    + " when lower(a.outlet.name) like :contains escape '\\' then 75"
                    + " when lower(a.headline) like :prefix escape '\\' then 65"
                    + " when lower(a.headline) like :contains escape '\\' then 60"
                    + " when lower(a.text) like :contains escape '\\' then 30 else 0 end) as score"
                    + " from SourceArticle a group by a.id", like, first, SourceArticleView::id,
                    a -> a.headline() == null ? a.url() : a.headline()));
        } else {
            // PostgreSQL: the candidates come from the GIN and expression indexes of the postgresql migrations (an
            // exact slug, outlet, domain or url, or all words as prefixes), and only they are scored, on the same
            // scale as above, so exact names and slugs still come first. An article candidate that matches none of
            // the named cases matched in its body (30): its text, the longest column, is not parsed a second time.
            Map<String, Object> words = Map.of("exact", exact, "prefix", prefix, "query", query);
            hits.addAll(hits(StatementQueries::byIds, "select s.id as id, max(case"
                    + " when lower(s.title) = :exact or s.slug = :exact then 95"
                    + " when lower(s.title) like :prefix escape '\\' then 75"
                    + " when fulltext(s.title, :query) then 70"
                    + " when fulltext(s.summary, :query) then 40 else 0 end) as score"
                    + " from Statement s where s.slug = :exact or fulltext(s.title, s.summary, s.text, :query)"
                    + " group by s.id", words, first, StatementView::id, StatementView::title));
            hits.addAll(hits(ArticleQueries::byIds, "select a.id as id, max(case"
                    + " when lower(a.outlet.name) = :exact or lower(a.outlet.domain) = :exact or lower(a.url) = :exact then 90"
                    + " when fulltext(a.outlet.name, :query) then 75"
                    + " when lower(a.headline) like :prefix escape '\\' then 65"
                    + " when fulltext(a.headline, :query) then 60 else 30 end) as score"
                    + " from SourceArticle a where lower(a.outlet.name) = :exact or lower(a.outlet.domain) = :exact"
                    + " or lower(a.url) = :exact or fulltext(a.outlet.name, :query) or fulltext(a.headline, a.text, :query)"
                    + " group by a.id", words, first, SourceArticleView::id,
                    a -> a.headline() == null ? a.url() : a.headline()));
        }
        return hits.stream()
                .sorted(Comparator.comparingInt(Hit::score).reversed().thenComparing(Hit::label))
                .limit(first).map(Hit::result).toList();
    }

    /** The best-scoring ids of one kind (scores above zero), then their read models. */
    private static <E extends SearchResult> List<Hit> hits(Function<Collection<Long>, List<E>> load, String scoreQuery,
            Map<String, Object> params, int first, Function<E, Long> idOf, Function<E, String> label) {
        EntityManager em = Panache.getEntityManager();
        var scored = em.createQuery("select x.id, x.score from (" + scoreQuery + ") x where x.score > 0"
                + " order by x.score desc, x.id", Object[].class);
        params.forEach(scored::setParameter);
        List<Object[]> rows = scored.setMaxResults(first).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> scores = rows.stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).intValue()));
        return load.apply(scores.keySet()).stream()
                .map(e -> new Hit(e, scores.get(idOf.apply(e)), label.apply(e))).toList();
    }
}
