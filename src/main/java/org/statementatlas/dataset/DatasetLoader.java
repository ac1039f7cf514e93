package org.statementatlas.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.statementatlas.country.AliasKind;
import org.statementatlas.country.Country;
import org.statementatlas.country.CountryAlias;
import org.statementatlas.country.CountryGroup;
import org.statementatlas.country.CountryKind;
import org.statementatlas.country.GroupMembership;
import org.statementatlas.dataset.DatasetFiles.AliasFile;
import org.statementatlas.dataset.DatasetFiles.ArticleRecord;
import org.statementatlas.dataset.DatasetFiles.CountryFile;
import org.statementatlas.dataset.DatasetFiles.CountryRecord;
import org.statementatlas.dataset.DatasetFiles.Facts;
import org.statementatlas.dataset.DatasetFiles.GroupRecord;
import org.statementatlas.dataset.DatasetFiles.SourceRecord;
import org.statementatlas.dataset.DatasetFiles.StatementRecord;
import org.statementatlas.dataset.DatasetFiles.VersionRecord;
import org.statementatlas.ingest.CuratedMetadata;
import org.statementatlas.ingest.IngestService;
import org.statementatlas.pipeline.IngestRequest;
import org.statementatlas.statement.Signature;
import org.statementatlas.statement.Statement;
import org.statementatlas.statement.StatementKind;
import org.statementatlas.statement.StatementSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;

import javax.sql.DataSource;

/**
 * Loads the bundled dataset into an empty database on start: every ISO 3166-1 country plus the EU, the
 * country groups, the curated statements with their signatures, and the five source articles, which go through
 * the ingestion pipeline with their curated metadata overriding what extraction finds. A database
 * that already has countries is left exactly as it is, so restarts never duplicate or overwrite edits. On
 * PostgreSQL, where replicas share the database and may all start at once, check and load hold an advisory lock,
 * so exactly one of them loads and the others then find the data. With {@code atlas.dataset.snapshot=true} (H2
 * only) it replays the build-time {@link DatasetSnapshot} of the same rows instead.
 */
@ApplicationScoped
public class DatasetLoader {

    private static final Logger LOG = Logger.getLogger(DatasetLoader.class);
    private static final String ROOT = "dataset/";
    /** Key of the transaction-scoped PostgreSQL advisory lock around check-and-load ("ATLAS" in ASCII). */
    static final long LOAD_LOCK = 0x41544c4153L;

    private final ObjectReader json;
    private final DatasetConfig config;
    private final IngestService ingest;
    private final DataSource dataSource;
    private final boolean postgresql;

    DatasetLoader(ObjectMapper mapper, DatasetConfig config, IngestService ingest, DataSource dataSource,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        // Keep the offset an article was published with (+02:00 in Kyiv) instead of converting to UTC.
        this.json = mapper.reader().without(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        this.config = config;
        this.ingest = ingest;
        this.dataSource = dataSource;
        this.postgresql = "postgresql".equals(dbKind);
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.loadOnStart()) {
            LOG.info("Bundled dataset: loading disabled (atlas.dataset.load-on-start=false)");
            return;
        }
        long started = System.nanoTime();
        boolean fromSnapshot = config.snapshot() && DatasetSnapshot.isBundled() && !postgresql;
        if (config.snapshot() && postgresql) {
            LOG.warnf("atlas.dataset.snapshot=true, but %s is an H2 script: loading through the pipeline",
                    DatasetSnapshot.RESOURCE);
        } else if (config.snapshot() && !fromSnapshot) {
            LOG.warnf("atlas.dataset.snapshot=true, but this build bundled no %s (were tests compiled?): "
                    + "loading through the pipeline", DatasetSnapshot.RESOURCE);
        }
        if (fromSnapshot ? loadSnapshotIfEmpty() : loadIfEmpty()) {
            LOG.infof("Bundled dataset loaded in %d ms (%s)", (System.nanoTime() - started) / 1_000_000,
                    fromSnapshot ? "from the build-time snapshot" : "through the ingestion pipeline");
        } else {
            LOG.info("Bundled dataset: database already populated, nothing loaded");
        }
    }

    /**
     * Loads everything in one transaction; returns false, changing nothing, when data is already there. The
     * timeout covers waiting for another replica's load as well as this one's own.
     */
    @Transactional
    @TransactionConfiguration(timeout = 300)
    public boolean loadIfEmpty() {
        boolean waited = Panache.getEntityManager().unwrap(Session.class).doReturningWork(this::lockLoad);
        if (Country.count() > 0) {
            if (waited) {
                LOG.info("Bundled dataset: another replica loaded it while this one waited");
            }
            return false;
        }
        Map<String, Country> countries = loadCountries();
        Facts facts = read("reference-facts.json", Facts.class);
        loadGroups(facts.countryGroups(), countries);
        Map<String, Statement> statements = new HashMap<>();
        for (StatementRecord record : facts.statements()) {
            statements.put(record.key(), loadStatement(record, countries));
        }
        for (ArticleRecord record : facts.articles()) {
            loadArticle(record, statements);
        }
        return true;
    }

    /**
     * On PostgreSQL, takes the advisory lock that makes check-and-load one step across every process sharing the
     * database; it is held until the transaction ends, and a replica that waits for it then sees the winner's
     * committed rows (read committed: each statement reads what was committed when it started). Returns whether
     * another holder had to be waited for. Nothing on H2: only one process can open its database.
     */
    private boolean lockLoad(Connection db) throws SQLException {
        if (!postgresql) {
            return false;
        }
        try (PreparedStatement tryLock = db.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            tryLock.setLong(1, LOAD_LOCK);
            try (ResultSet free = tryLock.executeQuery()) {
                if (free.next() && free.getBoolean(1)) {
                    return false;
                }
            }
        }
        LOG.info("Bundled dataset: another replica is checking or loading it, waiting for it to finish");
        try (PreparedStatement lock = db.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, LOAD_LOCK);
            lock.execute();
        }
        return true;
    }

    /**
     * Replays the build-time snapshot into an empty database; returns false, changing nothing, otherwise. H2 only
     * (the snapshot is an H2 script), so no lock: no other process can open the same database.
     */
    public boolean loadSnapshotIfEmpty() {
        // Plain JDBC, not one JTA transaction: the script's TRUNCATE commits on its own (the database is only
        // filled at start, before the HTTP server takes requests), and a first Hibernate query here would cost
        // more than the whole load.
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement anyCountry = db.prepareStatement("SELECT 1 FROM country LIMIT 1");
                    ResultSet country = anyCountry.executeQuery()) {
                if (country.next()) {
                    return false;
                }
            }
            DatasetSnapshot.load(db);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load " + DatasetSnapshot.RESOURCE, e);
        }
        return true;
    }

    private Map<String, Country> loadCountries() {
        AliasFile corrections = read("country-aliases.json", AliasFile.class);
        Map<String, Country> byCode = new HashMap<>();
        Stream.concat(
                read("countries.json", CountryFile.class).countries().stream().map(r -> toCountry(r, CountryKind.STATE)),
                read("organizations.json", CountryFile.class).organizations().stream()
                        .map(r -> toCountry(r, CountryKind.ORGANIZATION)))
                .forEach(country -> {
                    correct(country, corrections);
                    country.persist();
                    byCode.put(country.code, country);
                });
        return byCode;
    }

    /** Applies the curated additions and removals of country-aliases.json (see the file's "about"). */
    private static void correct(Country country, AliasFile corrections) {
        List<String> removed = corrections.remove().getOrDefault(country.code, List.of());
        country.aliases.removeIf(a -> removed.contains(a.text));
        corrections.add().getOrDefault(country.code, Map.of()).forEach((kind, names) -> names.stream()
                .filter(name -> country.aliases.stream().noneMatch(a -> a.text.equals(name) && a.kind == kind))
                .forEach(name -> country.aliases.add(new CountryAlias(name, kind))));
    }

    private static Country toCountry(CountryRecord record, CountryKind kind) {
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

    private static void loadGroups(Map<String, GroupRecord> groups, Map<String, Country> countries) {
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

    private static Statement loadStatement(StatementRecord record, Map<String, Country> countries) {
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

    /** Ingests a bundled article through the same pipeline users call, the curated metadata overriding extraction. */
    private void loadArticle(ArticleRecord record, Map<String, Statement> statements) {
        List<Statement> reports = record.reports().stream()
                .map(key -> Objects.requireNonNull(statements.get(key), () -> "unknown statement " + key)).toList();
        ingest.ingest(new IngestRequest(readText(record.file()), record.url(), null, null, null, "en"),
                new CuratedMetadata(record.url(), record.headline(), record.outlet(), record.outletDomain(),
                        record.creditsOutlet(), record.agency(), record.publishedAt(), record.publishedOn(), reports));
    }

    private static Country country(Map<String, Country> countries, String code) {
        return Objects.requireNonNull(countries.get(code), () -> "dataset names unknown country code " + code);
    }

    private <T> T read(String file, Class<T> type) {
        try (InputStream in = open(file)) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled dataset file " + file, e);
        }
    }

    private static String readText(String file) {
        try (InputStream in = open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled dataset file " + file, e);
        }
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new IOException("missing resource " + ROOT + file);
        }
        return in;
    }
}
