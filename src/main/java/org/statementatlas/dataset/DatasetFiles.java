package org.statementatlas.dataset;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.statementatlas.country.AliasKind;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The shapes of the bundled dataset files under {@code src/main/resources/dataset/}. Jackson builds these records
 * reflectively, which a native executable allows only for classes registered for it: hence
 * {@code @RegisterForReflection} on each (the serverless profile loads the snapshot instead, but the prod profile
 * and a build without a snapshot still read the JSON).
 */
final class DatasetFiles {

    private DatasetFiles() {
    }

    /** countries.json (generated from world-countries) and organizations.json. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CountryFile(List<CountryRecord> countries, List<CountryRecord> organizations) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CountryRecord(String code, String alpha3, String name, String officialName, String region,
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
    record Facts(Map<String, GroupRecord> countryGroups, List<StatementRecord> statements,
            List<ArticleRecord> articles) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record GroupRecord(String name, List<String> members, Map<String, LocalDate> joined) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StatementRecord(String key, String title, String kind, LocalDate issuedOn, String issuedIn, String issuer,
            String signerRole, String summary, List<String> resolutionsCited, List<SourceRecord> sources,
            List<VersionRecord> signatoryVersions, List<DisputedRecord> disputedSignatories) {
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
    record ArticleRecord(String file, String outlet, String outletDomain, String creditsOutlet, String agency,
            String headline, OffsetDateTime publishedAt, LocalDate publishedOn, String url, List<String> reports) {
    }
}
