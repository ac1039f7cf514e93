package org.statementatlas.graphql.paging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The ranked-search step every domain shares: a scoring query that selects {@code id} and {@code score} per row is
 * wrapped so that only rows scoring above zero come back, best first, at most as many as asked for. The wrapping
 * happens once, when a domain's query class builds its constants, so each search runs a fixed query string.
 */
public final class SearchScores {

    private SearchScores() {
    }

    /** The scoring query {@code select ... as id, ... as score from ...}, wrapped to keep positive scores, best first. */
    public static String ranked(String scoreQuery) {
        return "select x.id, x.score from (" + scoreQuery + ") x where x.score > 0 order by x.score desc, x.id";
    }

    /** Runs a {@link #ranked} query: the best {@code first} ids with their scores, best first. */
    /**
     * The best-scoring ids of a search with its usual parameters: by the LIKE query, or, when there is a full-text
     * query (PostgreSQL), by the full-text one.
     */
    public static Map<Long, Integer> top(String like, String fullText, String exact, String prefix, String contains,
            String fullTextQuery, int first) {
        return fullTextQuery == null
                ? top(like, Map.of("exact", exact, "prefix", prefix, "contains", contains), first)
                : top(fullText, Map.of("exact", exact, "prefix", prefix, "query", fullTextQuery), first);
    }

    public static Map<Long, Integer> top(String rankedQuery, Map<String, Object> params, int first) {
        TypedQuery<Object[]> query = Panache.getEntityManager().createQuery(rankedQuery, Object[].class);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.setMaxResults(first).getResultList();
        Map<Long, Integer> scores = new LinkedHashMap<>();
        rows.forEach(r -> scores.put((Long) r[0], ((Number) r[1]).intValue()));
        return scores;
    }
}
