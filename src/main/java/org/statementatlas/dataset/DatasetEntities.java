package org.statementatlas.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.statementatlas.country.AliasKind;
import org.statementatlas.country.Country;
import org.statementatlas.country.CountryAlias;
import org.statementatlas.country.CountryGroup;
import org.statementatlas.country.CountryKind;
import org.statementatlas.country.GroupMembership;
import org.statementatlas.dataset.DatasetFiles.AliasFile;
import org.statementatlas.dataset.DatasetFiles.CountryRecord;
import org.statementatlas.dataset.DatasetFiles.GroupRecord;
import org.statementatlas.dataset.DatasetFiles.SourceRecord;
import org.statementatlas.dataset.DatasetFiles.StatementRecord;
import org.statementatlas.dataset.DatasetFiles.VersionRecord;
import org.statementatlas.statement.Signature;
import org.statementatlas.statement.Statement;
import org.statementatlas.statement.StatementKind;
import org.statementatlas.statement.StatementSource;

/** The bundled dataset's records as entities: what {@link DatasetLoader} persists on first start. */
final class DatasetEntities {

    private DatasetEntities() {
    }

    /** Applies the curated additions and removals of country-aliases.json (see the file's "about"). */
    static void correct(Country country, AliasFile corrections) {
        List<String> removed = corrections.remove().getOrDefault(country.code, List.of());
        country.aliases.removeIf(a -> removed.contains(a.text));
        corrections.add().getOrDefault(country.code, Map.of()).forEach((kind, names) -> names.stream()
                .filter(name -> country.aliases.stream().noneMatch(a -> a.text.equals(name) && a.kind == kind))
                .forEach(name -> country.aliases.add(new CountryAlias(name, kind))));
    }

    /** A country of countries.json or organizations.json, with its aliases, demonyms and capitals. */
    static Country country(CountryRecord record, CountryKind kind) {
        Country country = new Country();
        country.code = record.code();
        country.alpha3 = record.alpha3();
        country.name = record.name();
        country.officialName = record.officialName();
        country.kind = kind;
        country.region = record.region();
        country.subregion = record.subregion();
        country.flag = record.flag();
        addAliases(country, record.aliases(), AliasKind.ALIAS);
        addAliases(country, record.demonyms(), AliasKind.DEMONYM);
        addAliases(country, record.capitals(), AliasKind.CAPITAL);
        return country;
    }

    private static void addAliases(Country country, List<String> names, AliasKind kind) {
        if (names != null) {
            names.stream().distinct().forEach(name -> country.aliases.add(new CountryAlias(name, kind)));
        }
    }

    /** Persists the groups of reference-facts.json. */
    static void persistGroups(Map<String, GroupRecord> groups, Map<String, Country> countries) {
        groups.forEach((code, record) -> {
            CountryGroup group = new CountryGroup();
            group.code = code;
            group.name = record.name();
            Map<String, LocalDate> joined = record.joined() == null ? Map.of() : record.joined();
            for (String member : record.members()) {
                group.members.add(new GroupMembership(group, country(countries, member), joined.get(member)));
            }
            group.persist();
        });
    }

    /** Persists a curated statement with its sources and its signatures, version by version. */
    static Statement persistStatement(StatementRecord record, Map<String, Country> countries) {
        Statement statement = new Statement();
        statement.slug = record.key();
        statement.title = record.title();
        statement.kind = StatementKind.valueOf(record.kind());
        statement.issuedOn = record.issuedOn();
        statement.issuedIn = record.issuedIn();
        statement.issuer = record.issuer() == null ? null : country(countries, record.issuer());
        statement.signerRole = record.signerRole();
        statement.summary = record.summary();
        if (record.resolutionsCited() != null) {
            statement.resolutionsCited.addAll(record.resolutionsCited());
        }
        List<SourceRecord> sources = record.sources() == null ? List.of() : record.sources();
        sources.forEach(s -> statement.sources.add(new StatementSource(s.url(), s.publisher(), s.listedOn(), s.note())));
        statement.persist();

        for (VersionRecord version : record.signatoryVersions()) {
            String listedBy = sources.stream().filter(s -> version.firstListedOn().equals(s.listedOn()))
                    .map(SourceRecord::url).findFirst().orElse(null);
            for (String code : version.added()) {
                persistSignature(statement, country(countries, code), version.firstListedOn(), false, listedBy,
                        "version " + version.version());
            }
        }
        if (record.disputedSignatories() != null) {
            // A disputed signatory appears only in some sources; it is dated by the statement itself.
            record.disputedSignatories().forEach(d -> persistSignature(statement, country(countries, d.code()),
                    statement.issuedOn, true, null, d.note()));
        }
        return statement;
    }

    private static void persistSignature(Statement statement, Country country, LocalDate firstListedOn,
            boolean disputed, String sourceUrl, String note) {
        Signature signature = new Signature();
        signature.statement = statement;
        signature.country = country;
        signature.firstListedOn = firstListedOn;
        signature.disputed = disputed;
        signature.sourceUrl = sourceUrl;
        signature.note = note;
        signature.persist();
    }

    static Country country(Map<String, Country> countries, String code) {
        return Objects.requireNonNull(countries.get(code), () -> "dataset names unknown country code " + code);
    }
}
