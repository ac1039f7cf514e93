package org.statementatlas.graphql.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;
import org.statementatlas.graphql.error.BadUserInputException;

/**
 * Builds the HQL condition of a filter input, one clause at a time, with its named parameters. Every value
 * is bound as a parameter, never concatenated into the query.
 */
public final class Conditions {

    /** Longest text a filter or search accepts. */
    public static final int MAX_TEXT = 200;

    /** A word, as PostgreSQL's text search parser splits text into words. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds a clause when its value is present. */
    public Conditions add(Object value, String clause, String param) {
        if (value != null) {
            clauses.add(clause);
            params.put(param, value);
        }
        return this;
    }

    /** Binds one more parameter, for a clause that needs two. */
    public Conditions param(String param, Object value) {
        if (value != null) {
            params.put(param, value);
        }
        return this;
    }

    /**
     * Adds a text filter over the given HQL string expressions when {@code text} is present: on PostgreSQL a
     * full-text match of all its words, each as a word prefix ({@link FullTextFunction}, served by a GIN index);
     * elsewhere a case-insensitive "contains" on any of them. The parameter is named after the argument.
     */
    public Conditions text(String text, String argument, String... expressions) {
        String contains = containsPattern(text, argument);
        if (contains == null) {
            return this;
        }
        String query = fullText() ? fullTextQuery(text) : null;
        if (query != null) {
            return add(query, FullTextFunction.NAME + "(" + String.join(", ", expressions) + ", :" + argument + ")",
                    argument);
        }
        List<String> likes = new ArrayList<>();
        for (String expression : expressions) {
            likes.add("lower(" + expression + ") like :" + argument + " escape '\\'");
        }
        return add(contains, "(" + String.join(" or ", likes) + ")", argument);
    }

    /** Whether this build runs on PostgreSQL, where text filters and search use full-text search. */
    public static boolean fullText() {
        return "postgresql".equals(ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.db-kind", String.class).orElse(""));
    }

    /**
     * The {@code to_tsquery} text that matches every word of {@code text} as a word prefix, e.g. "north:* &amp;
     * korea:*" for "North Korea"; null when the text has no word (only punctuation), which callers match with LIKE.
     */
    public static String fullTextQuery(String text) {
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        List<String> terms = new ArrayList<>();
        while (words.find()) {
            terms.add(words.group() + ":*");
        }
        return terms.isEmpty() ? null : terms.stream().distinct().collect(Collectors.joining(" & "));
    }

    public Keyset.Where build() {
        return clauses.isEmpty() ? Keyset.Where.ALL : new Keyset.Where(String.join(" and ", clauses), params);
    }

    /**
     * A case-insensitive "contains" pattern for {@code lower(x) like :p escape '\'}, or null when no text is
     * given. Blank or overlong text is a client mistake, not a match-everything.
     */
    public static String containsPattern(String text, String argument) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_TEXT) {
            throw new BadUserInputException("Argument '" + argument + "' must have 1 to " + MAX_TEXT
                    + " characters.", argument);
        }
        String escaped = trimmed.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
