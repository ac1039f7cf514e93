package org.statementatlas.graphql.paging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.statementatlas.graphql.error.BadUserInputException;

/**
 * Builds the HQL condition of a filter input, one clause at a time, with its named parameters. Every value
 * is bound as a parameter, never concatenated into the query.
 */
public final class Conditions {

    /** Longest text a filter or search accepts. */
    public static final int MAX_TEXT = 200;

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
