package org.statementatlas.country;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.statementatlas.graphql.error.BadUserInputException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Country names in other languages: the common name in each language that the bundled world-countries copy
 * ({@code dataset/countries.json}, field {@code names}) translates to, keyed by BCP 47 language. They are reference
 * data that editors do not change, so they are read once from the jar rather than stored; a country or organisation
 * without a translation into the asked language keeps its English name.
 */
@ApplicationScoped
public class CountryNames {

    static final String RESOURCE = "/dataset/countries.json";

    /** Country code → language (lower-case ISO 639-1) → common name. */
    private final Map<String, Map<String, String>> names;

    CountryNames() {
        this(read());
    }

    CountryNames(Map<String, Map<String, String>> names) {
        this.names = names;
    }

    /**
     * The country's name in the language of a BCP 47 tag ("fr", "pt-BR", "zh-Hans-CN": the language subtag decides),
     * or its English name when the tag is null, English, or a language without translations.
     *
     * @throws BadUserInputException for a tag that is not well-formed BCP 47
     */
    public String name(CountryView country, String tag) {
        if (tag == null) {
            return country.name();
        }
        String translated = names.getOrDefault(country.code(), Map.of()).get(language(tag));
        return translated == null ? country.name() : translated;
    }

    static String language(String tag) {
        try {
            String language = new Locale.Builder().setLanguageTag(tag.strip()).build().getLanguage();
            if (!language.isEmpty()) {
                return language;
            }
        } catch (IllformedLocaleException e) {
            // answered below
        }
        throw new BadUserInputException("Argument 'lang' must be a BCP 47 language tag such as \"fr\" or \"pt-BR\", got \""
                + tag + "\".", "lang");
    }

    private static Map<String, Map<String, String>> read() {
        try (InputStream in = CountryNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("not in the jar");
            }
            Map<String, Map<String, String>> byCode = new HashMap<>();
            for (JsonNode country : new ObjectMapper().readTree(in).get("countries")) {
                Map<String, String> translations = new HashMap<>();
                country.path("names").fields().forEachRemaining(e -> translations.put(e.getKey(), e.getValue().asText()));
                byCode.put(country.get("code").asText(), Map.copyOf(translations));
            }
            return Map.copyOf(byCode);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " could not be read", e);
        }
    }
}
