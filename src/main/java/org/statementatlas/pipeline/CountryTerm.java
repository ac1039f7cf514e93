package org.statementatlas.pipeline;

import org.statementatlas.article.MatchKind;

/**
 * One way of naming a country in text: its name, an alias, a demonym or its capital. The mention dictionary is a list of
 * these, built from the {@code country} and {@code country_alias} rows (see {@code ingest.IngestService}) or, in tests and
 * benchmarks, from the bundled dataset files.
 *
 * @param code ISO 3166-1 alpha-2 code ("EU" for the European Union)
 * @param text the name as written, e.g. "North Korean"
 * @param kind how the name refers to the country
 */
public record CountryTerm(String code, String text, MatchKind kind) {
}
