package org.statementatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.statementatlas.article.ClaimChecker;
import org.statementatlas.article.MatchKind;
import org.statementatlas.pipeline.CountryTerm;
import org.statementatlas.pipeline.IngestPipeline;
import org.statementatlas.pipeline.StatementLinker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The pipeline's inputs built straight from the bundled dataset files, the way the loader puts them in the database:
 * the country dictionary (with the curated additions and removals), the known outlets, and the statements as linking
 * candidates. Lets pipeline tests and the throughput benchmark run without Quarkus.
 */
public final class TestData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestData() {
    }

    public static List<CountryTerm> terms() {
        JsonNode countries = read("/dataset/countries.json").get("countries");
        JsonNode organizations = read("/dataset/organizations.json").get("organizations");
        JsonNode supplement = read("/dataset/country-aliases.json");
        List<CountryTerm> terms = new ArrayList<>();
        for (JsonNode list : List.of(countries, organizations)) {
            for (JsonNode c : list) {
                String code = c.get("code").asText();
                Set<String> removed = new HashSet<>();
                supplement.path("remove").path(code).forEach(r -> removed.add(r.asText()));
                terms.add(new CountryTerm(code, c.get("name").asText(), MatchKind.NAME));
                terms.add(new CountryTerm(code, c.get("officialName").asText(), MatchKind.NAME));
                add(terms, code, c.get("aliases"), MatchKind.ALIAS, removed);
                add(terms, code, c.get("demonyms"), MatchKind.DEMONYM, removed);
                add(terms, code, c.get("capitals"), MatchKind.CAPITAL, removed);
                JsonNode extra = supplement.path("add").path(code);
                add(terms, code, extra.path("ALIAS"), MatchKind.ALIAS, removed);
                add(terms, code, extra.path("DEMONYM"), MatchKind.DEMONYM, removed);
                add(terms, code, extra.path("CAPITAL"), MatchKind.CAPITAL, removed);
            }
        }
        return terms;
    }

    private static void add(List<CountryTerm> terms, String code, JsonNode names, MatchKind kind, Set<String> removed) {
        if (names != null) {
            names.forEach(n -> {
                if (!removed.contains(n.asText())) {
                    terms.add(new CountryTerm(code, n.asText(), kind));
                }
            });
        }
    }

    public static Map<String, String> outlets() {
        Map<String, String> outlets = new LinkedHashMap<>();
        read("/dataset/outlets.json").get("outlets").fields()
                .forEachRemaining(e -> outlets.put(e.getKey(), e.getValue().asText()));
        return outlets;
    }

    /** The curated statements as linking candidates, ids in file order from 1. */
    public static List<StatementLinker.Candidate> candidates() {
        Set<String> organizations = new HashSet<>();
        read("/dataset/organizations.json").get("organizations").forEach(o -> organizations.add(o.get("code").asText()));
        List<StatementLinker.Candidate> candidates = new ArrayList<>();
        long id = 1;
        for (JsonNode s : read("/dataset/reference-facts.json").get("statements")) {
            Map<String, LocalDate> signatories = new HashMap<>();
            for (JsonNode version : s.get("signatoryVersions")) {
                LocalDate listed = LocalDate.parse(version.get("firstListedOn").asText());
                version.get("added").forEach(code -> signatories.put(code.asText(), listed));
            }
            LocalDate issued = LocalDate.parse(s.get("issuedOn").asText());
            s.path("disputedSignatories").forEach(d -> signatories.putIfAbsent(d.get("code").asText(), issued));
            Set<String> states = new HashSet<>(signatories.keySet());
            states.removeAll(organizations);
            List<String> resolutions = new ArrayList<>();
            s.path("resolutionsCited").forEach(r -> resolutions.add(r.asText()));
            candidates.add(new StatementLinker.Candidate(id++, s.get("key").asText(), s.get("title").asText(),
                    s.path("summary").asText(null), null, issued, signatories, states, resolutions, List.of()));
        }
        return candidates;
    }

    /**
     * The signatory tally of a candidate on a date, as ClaimChecker builds it from the database: states
     * listed by then (less the disputed one of the 31 May 2024 statement), organisations by name, and the United States as
     * the lead signer of the January 2024 statement issued in Washington.
     */
    public static ClaimChecker.Tally tally(StatementLinker.Candidate statement, LocalDate asOf) {
        Map<String, String> organizations = Map.of("EU", "European Union");
        int states = 0;
        List<String> orgs = new ArrayList<>();
        for (Map.Entry<String, LocalDate> signature : statement.signatories().entrySet()) {
            if (!signature.getValue().isAfter(asOf)) {
                if (statement.states().contains(signature.getKey())) {
                    states++;
                } else {
                    orgs.add(organizations.get(signature.getKey()));
                }
            }
        }
        int disputed = statement.slug().equals("dprk-russia-joint-statement-2024-05-31") ? 1 : 0;
        boolean washington = statement.slug().equals("dprk-russia-ballistic-missile-transfers-2024-01");
        return new ClaimChecker.Tally(asOf, states - disputed, orgs, disputed, washington ? "United States" : null,
                washington && statement.signatories().containsKey("US"));
    }

    public static IngestPipeline pipeline() {
        return new IngestPipeline(terms(), outlets());
    }

    public static JsonNode read(String resource) {
        try (InputStream in = TestData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String resource) {
        try (InputStream in = TestData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
