package org.statementatlas.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.statementatlas.country.Country;
import org.statementatlas.country.CountryKind;
import org.statementatlas.dataset.DatasetFiles.AliasFile;
import org.statementatlas.dataset.DatasetFiles.ArticleRecord;
import org.statementatlas.dataset.DatasetFiles.CountryFile;
import org.statementatlas.dataset.DatasetFiles.Facts;
import org.statementatlas.dataset.DatasetFiles.StatementRecord;
import org.statementatlas.ingest.CuratedMetadata;
import org.statementatlas.ingest.IngestService;
import org.statementatlas.pipeline.IngestRequest;
import org.statementatlas.statement.Statement;

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
        DatasetEntities.persistGroups(facts.countryGroups(), countries);
        Map<String, Statement> statements = new HashMap<>();
        for (StatementRecord record : facts.statements()) {
            statements.put(record.key(), DatasetEntities.persistStatement(record, countries));
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
                read("countries.json", CountryFile.class).countries().stream()
                        .map(r -> DatasetEntities.country(r, CountryKind.STATE)),
                read("organizations.json", CountryFile.class).organizations().stream()
                        .map(r -> DatasetEntities.country(r, CountryKind.ORGANIZATION)))
                .forEach(country -> {
                    DatasetEntities.correct(country, corrections);
                    country.persist();
                    byCode.put(country.code, country);
                });
        return byCode;
    }

    /** Ingests a bundled article through the same pipeline users call, the curated metadata overriding extraction. */
    private void loadArticle(ArticleRecord record, Map<String, Statement> statements) {
        List<Statement> reports = record.reports().stream()
                .map(key -> Objects.requireNonNull(statements.get(key), () -> "unknown statement " + key)).toList();
        ingest.ingest(new IngestRequest(readText(record.file()), record.url(), null, null, null, "en"),
                new CuratedMetadata(record.url(), record.headline(), record.outlet(), record.outletDomain(),
                        record.creditsOutlet(), record.agency(), record.publishedAt(), record.publishedOn(), reports));
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
