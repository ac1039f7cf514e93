package org.statementatlas.dataset;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.statementatlas.country.AliasKind;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The shapes of the bundled dataset files under {@code src/main/resources/dataset/}, and of an export
 * ({@link DatasetExport}), which writes the same files with every field filled (ids, versions, the signature rows,
 * what ingestion found in each article) and a change log. Fields an export adds are null in the bundled files, which
 * the loader reads without them; versions and finding methods read as 0 and PIPELINE there. {@link Tables} says
 * which table's columns each record carries. Jackson builds these records
 * reflectively, which a native executable allows only for classes registered for it: hence
 * {@code @RegisterForReflection} on each (the serverless profile loads the snapshot instead, but the prod profile
 * and a build without a snapshot still read the JSON).
 */
final class DatasetFiles {

    private DatasetFiles() {
    }

    /** Who made a finding; the bundled files and exports from before editors could correct findings have none. */
    private static String byPipeline(String method) {
        return method == null ? "PIPELINE" : method;
    }

    /** countries.json (generated from world-countries) and organizations.json. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CountryFile(List<CountryRecord> countries, List<CountryRecord> organizations) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CountryRecord(String id, String code, String alpha3, String name, String officialName, String region,
            String subregion, String flag, List<String> capitals, List<String> aliases, List<String> demonyms) {
    }

    /** country-aliases.json: curated alias additions and removals by country code. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AliasFile(Map<String, Map<AliasKind, List<String>>> add, Map<String, List<String>> remove) {
    }

    /** reference-facts.json: the curated statements, groups and articles. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Facts(String about, String format, OffsetDateTime exportedAt, Map<String, GroupRecord> countryGroups,
            List<StatementRecord> statements, List<ArticleRecord> articles) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record GroupRecord(String id, String name, List<String> members, Map<String, LocalDate> joined,
            Integer version) {

        GroupRecord {
            version = version == null ? 0 : version;
        }
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StatementRecord(String id, String key, String title, String kind, LocalDate issuedOn, String issuedIn,
            String issuer, String signerRole, String summary, String text, List<String> resolutionsCited,
            List<SourceRecord> sources, List<VersionRecord> signatoryVersions, List<DisputedRecord> disputedSignatories,
            List<SignatureRecord> signatories, Integer version) {

        StatementRecord {
            version = version == null ? 0 : version;
        }
    }

    /** One signature as stored; an export lists these instead of the bundled file's versions. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SignatureRecord(String code, LocalDate firstListedOn, String signerTitle, boolean disputed, String sourceUrl,
            String note) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SourceRecord(String url, String publisher, LocalDate listedOn, String note) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record VersionRecord(String version, LocalDate firstListedOn, String note, List<String> added) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DisputedRecord(String code, String note) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ArticleRecord(String id, String file, String url, String outlet, String outletDomain, String creditsOutlet,
            String agency, String headline, OffsetDateTime publishedAt, LocalDate publishedOn, String datePrecision,
            String language, String contentHash, OffsetDateTime ingestedAt, List<String> reports, List<LinkRecord> links,
            List<String> resolutionsCited, List<MentionRecord> mentions, List<ClaimRecord> claims,
            List<QuoteRecord> quotes, Integer version, String dateMethod, String linkMethod,
            List<RejectedRecord> rejected) {

        ArticleRecord {
            version = version == null ? 0 : version;
            dateMethod = byPipeline(dateMethod);
            linkMethod = byPipeline(linkMethod);
        }
    }

    /** A finding an editor removed from an article, so that re-ingesting it does not find it again. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RejectedRecord(String kind, String key) {
    }

    /** An article's link to a statement (by slug), as the pipeline or an editor made it. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record LinkRecord(String statement, double confidence, String method) {
    }

    /** A country an article mentions, with every occurrence. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MentionRecord(String country, int count, String matchedAs, List<SpanRecord> offsets, String method) {

        MentionRecord {
            method = byPipeline(method);
        }
    }

    /** Offsets into the article's text: UTF-16 code units, end exclusive. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SpanRecord(int start, int end, String matchedAs) {
    }

    /**
     * A signatory-count claim, in article order; offsets are null for a claim in the headline. The id is the claim's
     * global id (editors name claims by it), absent from exports made before claims had one.
     */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ClaimRecord(String phrase, int count, String statement, boolean approximate, String qualifier, String unit,
            boolean inHeadline, Integer start, Integer end, String method, String id) {

        ClaimRecord {
            method = byPipeline(method);
        }
    }

    /** A quoted passage, in article order. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record QuoteRecord(String text, String speaker, int start, int end) {
    }

    /** changes.json of an export: the change log, oldest first. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChangeFile(String about, List<ChangeRecord> changes) {
    }

    /** One change-log entry; before and after are the JSON documents exactly as recorded. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChangeRecord(String id, OffsetDateTime changedAt, String actor, String operation, String entity,
            String entityId, String before, String after) {
    }
}
