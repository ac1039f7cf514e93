package org.statementatlas.graphql.input;

/** Optional text fields of inputs: surrounding spaces are dropped, and a blank value counts as absent. */
public final class InputText {

    private InputText() {
    }

    /** The stripped text, or null when it is null or blank. */
    public static String stripToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The stripped text, or the fallback when it is null or blank. */
    public static String orElse(String value, String fallback) {
        String text = stripToNull(value);
        return text == null ? fallback : text;
    }
}
