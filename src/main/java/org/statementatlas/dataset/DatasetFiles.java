package org.statementatlas.dataset;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.statementatlas.country.AliasKind;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The shapes of the bundled dataset files under {@code src/main/resources/dataset/}. */
final class DatasetFiles {

    private DatasetFiles() {
    }

    /** countries.json (generated from world-countries) and organizations.json. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CountryFile(List<CountryRecord> countries, List<CountryRecord> organizations) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CountryRecord(String code, String alpha3, String name, String officialName, String region,
            String subregion, String flag, List<String> capitals, List<String> aliases, List<String> demonyms) {
    }

    /** country-aliases.json: curated alias additions and removals by country code. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AliasFile(Map<String, Map<AliasKind, List<String>>> add, Map<String, List<String>> remove) {
    }

    /** reference-facts.json: the curated statements, groups and articles. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Facts(Map<String, GroupRecord> countryGroups, List<StatementRecord> statements,
            List<ArticleRecord> articles) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GroupRecord(String name, List<String> members, Map<String, LocalDate> joined) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StatementRecord(String key, String title, String kind, LocalDate issuedOn, String issuedIn, String issuer,
            String signerRole, String summary, List<String> resolutionsCited, List<SourceRecord> sources,
            List<VersionRecord> signatoryVersions, List<DisputedRecord> disputedSignatories) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SourceRecord(String url, String publisher, LocalDate listedOn, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VersionRecord(String version, LocalDate firstListedOn, String note, List<String> added) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DisputedRecord(String code, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ArticleRecord(String file, String outlet, String outletDomain, String creditsOutlet, String agency,
            String headline, OffsetDateTime publishedAt, LocalDate publishedOn, String url, List<String> reports) {
    }
}
