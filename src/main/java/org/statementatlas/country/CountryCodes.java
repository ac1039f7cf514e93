package org.statementatlas.country;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.statementatlas.graphql.error.BadUserInputException;

/**
 * Country codes as clients send them: matched in any case, around spaces, and each checked against the known
 * countries, so that a typo is BAD_USER_INPUT naming the argument instead of a silently empty answer.
 */
public final class CountryCodes {

    private CountryCodes() {
    }

    /** A code as stored: stripped and upper-cased. */
    public static String normalize(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The countries of a mutation input's codes, in the order given.
     *
     * @throws BadUserInputException for a code listed twice or an unknown code
     */
    public static List<Country> distinct(List<String> codes, String field) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String code : codes) {
            if (!wanted.add(normalize(code))) {
                throw new BadUserInputException("Input field '" + field + "' lists " + normalize(code)
                        + " more than once.", field);
            }
        }
        Map<String, Country> found = known(wanted, field);
        return wanted.stream().map(found::get).toList();
    }

    /**
     * The codes of a filter argument, de-duplicated and sorted (a stable form for cache keys); null when the
     * filter does not use the argument.
     *
     * @throws BadUserInputException for an empty list or an unknown code
     */
    public static List<String> ofFilter(List<String> codes, String argument) {
        if (codes == null) {
            return null;
        }
        if (codes.isEmpty()) {
            throw new BadUserInputException("Argument '" + argument + "' must list at least one country code.", argument);
        }
        Set<String> wanted = codes.stream().map(CountryCodes::normalize).collect(Collectors.toCollection(TreeSet::new));
        known(wanted, argument);
        return List.copyOf(wanted);
    }

    /** The countries by code; every code must be known. */
    private static Map<String, Country> known(Collection<String> codes, String field) {
        Map<String, Country> found = Country.findByCodes(codes).stream()
                .collect(Collectors.toMap(c -> c.code, Function.identity()));
        List<String> unknown = codes.stream().filter(c -> !found.containsKey(c)).toList();
        if (!unknown.isEmpty()) {
            throw new BadUserInputException("'" + field + "' has unknown country codes: " + String.join(", ", unknown)
                    + ".", field);
        }
        return found;
    }
}
