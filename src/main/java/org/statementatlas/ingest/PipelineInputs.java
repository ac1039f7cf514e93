package org.statementatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.statementatlas.article.ArticleQueries;
import org.statementatlas.article.MatchKind;
import org.statementatlas.country.Country;
import org.statementatlas.country.CountryAlias;
import org.statementatlas.country.CountryKind;
import org.statementatlas.country.CountryQueries;
import org.statementatlas.pipeline.CountryTerm;
import org.statementatlas.pipeline.IngestPipeline;
import org.statementatlas.pipeline.StatementLinker;
import org.statementatlas.statement.SignatureQueries;
import org.statementatlas.statement.Statement;
import org.statementatlas.statement.StatementQueries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the database-free pipeline needs from the database: the country dictionary (names, aliases, demonyms, capitals)
 * with the pipeline built on it, the known outlets, and the statements an article may report.
 */
@ApplicationScoped
class PipelineInputs {

    private final Map<String, String> outlets;
    private volatile Dictionary cached;

    PipelineInputs(ObjectMapper mapper) {
        this.outlets = readOutlets(mapper);
    }

    /** The pipeline with its country dictionary, and the database id of each country code. */
    record Dictionary(List<Long> fingerprint, IngestPipeline pipeline, Map<String, Long> countryIds) {
    }

    /**
     * The pipeline, built once from the country and country_alias rows and rebuilt when countries or aliases are added
     * or removed (building the matcher costs far more than an article).
     */
    Dictionary dictionary() {
        List<Long> fingerprint = CountryQueries.dictionaryFingerprint();
        Dictionary current = cached;
        if (current != null && current.fingerprint().equals(fingerprint)) {
            return current;
        }
        Map<String, Long> ids = new HashMap<>();
        List<CountryTerm> terms = new ArrayList<>();
        for (Country country : CountryQueries.withAliases()) {
            ids.put(country.code, country.id);
            terms.add(new CountryTerm(country.code, country.name, MatchKind.NAME));
            terms.add(new CountryTerm(country.code, country.officialName, MatchKind.NAME));
            for (CountryAlias alias : country.aliases) {
                terms.add(new CountryTerm(country.code, alias.text, MatchKind.valueOf(alias.kind.name())));
            }
        }
        Dictionary built = new Dictionary(fingerprint, new IngestPipeline(terms, outlets), Map.copyOf(ids));
        cached = built;
        return built;
    }

    /** Every statement with its signatories, cited resolutions and the quotes of articles already linked to it. */
    static List<StatementLinker.Candidate> candidates() {
        Map<Long, Map<String, LocalDate>> signatories = new HashMap<>();
        Map<Long, Set<String>> states = new HashMap<>();
        for (SignatureQueries.Listing listing : SignatureQueries.listings()) {
            signatories.computeIfAbsent(listing.statement(), k -> new HashMap<>()).put(listing.country(),
                    listing.firstListedOn());
            if (listing.kind() == CountryKind.STATE) {
                states.computeIfAbsent(listing.statement(), k -> new HashSet<>()).add(listing.country());
            }
        }
        Map<Long, List<String>> resolutions = StatementQueries.allResolutionsCited();
        Map<Long, List<String>> quotes = ArticleQueries.linkedQuotes();
        Map<Long, StatementLinker.Candidate> candidates = new LinkedHashMap<>();
        for (Statement s : StatementQueries.allByIssueDate()) {
            candidates.put(s.id, new StatementLinker.Candidate(s.id, s.slug, s.title, s.summary, s.text, s.issuedOn,
                    signatories.getOrDefault(s.id, Map.of()), states.getOrDefault(s.id, Set.of()),
                    resolutions.getOrDefault(s.id, List.of()), quotes.getOrDefault(s.id, List.of())));
        }
        return List.copyOf(candidates.values());
    }

    private static Map<String, String> readOutlets(ObjectMapper mapper) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("dataset/outlets.json")) {
            if (in == null) {
                throw new IOException("missing resource dataset/outlets.json");
            }
            Map<String, String> outlets = new HashMap<>();
            JsonNode root = mapper.readTree(in);
            root.get("outlets").fields().forEachRemaining(e -> outlets.put(e.getKey(), e.getValue().asText()));
            return outlets;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dataset/outlets.json", e);
        }
    }
}
