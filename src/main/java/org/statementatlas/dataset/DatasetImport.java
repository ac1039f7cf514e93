package org.statementatlas.dataset;

import static org.statementatlas.dataset.ImportRows.addPositioned;
import static org.statementatlas.dataset.ImportRows.country;
import static org.statementatlas.dataset.ImportRows.generatedKey;
import static org.statementatlas.dataset.ImportRows.key;
import static org.statementatlas.dataset.ImportRows.list;
import static org.statementatlas.dataset.ImportRows.method;
import static org.statementatlas.dataset.ImportRows.restartIdentities;
import static org.statementatlas.dataset.ImportRows.set;
import static org.statementatlas.dataset.ImportRows.statement;
import static org.statementatlas.dataset.ImportRows.version;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.statementatlas.article.ClaimView;
import org.statementatlas.article.SourceArticle;
import org.statementatlas.changelog.Change;
import org.statementatlas.country.Country;
import org.statementatlas.country.CountryGroup;
import org.statementatlas.dataset.DatasetFiles.ArticleRecord;
import org.statementatlas.dataset.DatasetFiles.ChangeFile;
import org.statementatlas.dataset.DatasetFiles.ChangeRecord;
import org.statementatlas.dataset.DatasetFiles.ClaimRecord;
import org.statementatlas.dataset.DatasetFiles.CountryFile;
import org.statementatlas.dataset.DatasetFiles.CountryRecord;
import org.statementatlas.dataset.DatasetFiles.Facts;
import org.statementatlas.dataset.DatasetFiles.GroupRecord;
import org.statementatlas.dataset.DatasetFiles.LinkRecord;
import org.statementatlas.dataset.DatasetFiles.MentionRecord;
import org.statementatlas.dataset.DatasetFiles.QuoteRecord;
import org.statementatlas.dataset.DatasetFiles.RejectedRecord;
import org.statementatlas.dataset.DatasetFiles.SignatureRecord;
import org.statementatlas.dataset.DatasetFiles.SourceRecord;
import org.statementatlas.dataset.DatasetFiles.SpanRecord;
import org.statementatlas.dataset.DatasetFiles.StatementRecord;
import org.statementatlas.pipeline.ContentHash;
import org.statementatlas.statement.Statement;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import javax.sql.DataSource;

/**
 * Loads an export ({@link DatasetExport}) into an empty database, row for row and in one transaction: the same ids
 * (so global ids, deep links and the change log's entity ids stay valid), versions, timestamps, and what ingestion
 * found in each article as it was stored, without running the pipeline again. A failure leaves the database empty.
 */
@ApplicationScoped
public class DatasetImport {

    private static final String[] TABLES_THAT_MUST_BE_EMPTY = {"country", "country_group", "statement",
            "source_article", "change_log"};

    private final DataSource dataSource;
    private final ObjectReader json;

    DatasetImport(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.json = mapper.reader().without(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /** True when {@code dir} looks like an export (it has reference-facts.json), not a directory of articles. */
    public static boolean isExport(Path dir) {
        return Files.isRegularFile(dir.resolve("reference-facts.json"));
    }

    /** Imports the export in {@code dir}; fails, changing nothing, when it is not one or the database has data. */
    public DatasetExport.Summary importExport(Path dir) throws IOException, SQLException {
        Facts facts = json.readValue(dir.resolve("reference-facts.json").toFile(), Facts.class);
        if (!DatasetExport.FORMAT.equals(facts.format())) {
            throw new IOException(dir + " is not an export of this service: its reference-facts.json has no \"format\": \""
                    + DatasetExport.FORMAT + "\" (the bundled dataset is loaded on first start by itself)");
        }
        List<CountryRecord> states = json.readValue(dir.resolve("countries.json").toFile(), CountryFile.class)
                .countries();
        List<CountryRecord> organizations = json
                .readValue(dir.resolve("organizations.json").toFile(), CountryFile.class).organizations();
        List<ChangeRecord> changes = json.readValue(dir.resolve("changes.json").toFile(), ChangeFile.class).changes();
        try (Connection db = dataSource.getConnection()) {
            requireEmpty(db);
            db.setAutoCommit(false);
            try {
                Map<String, Long> countries = new HashMap<>();
                insertCountries(db, states, "STATE", countries);
                insertCountries(db, organizations, "ORGANIZATION", countries);
                insertGroups(db, facts, countries);
                Map<String, Long> statements = insertStatements(db, facts.statements(), countries);
                insertArticles(db, dir, facts.articles(), countries, statements);
                insertChanges(db, changes);
                db.commit();
            } catch (IOException | SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
            db.setAutoCommit(true);
            restartIdentities(db);
        }
        return new DatasetExport.Summary(states.size() + organizations.size(), facts.countryGroups().size(),
                facts.statements().size(), facts.statements().stream().mapToInt(s -> s.signatories().size()).sum(),
                facts.articles().size(), changes.size());
    }

    private static void requireEmpty(Connection db) throws SQLException, IOException {
        for (String table : TABLES_THAT_MUST_BE_EMPTY) {
            try (PreparedStatement any = db.prepareStatement("SELECT 1 FROM " + table + " LIMIT 1");
                    ResultSet row = any.executeQuery()) {
                if (row.next()) {
                    throw new IOException("the database is not empty (table " + table + " has rows): import an export"
                            + " into a new data directory (ATLAS_DATA_DIR) only");
                }
            }
        }
    }

    private static void insertCountries(Connection db, List<CountryRecord> records, String kind,
            Map<String, Long> ids) throws SQLException {
        try (PreparedStatement country = db.prepareStatement(Tables.COUNTRY.insert());
                PreparedStatement alias = db.prepareStatement(Tables.COUNTRY_ALIAS.insert())) {
            for (CountryRecord r : records) {
                long id = key(r.id(), Country.TYPE);
                ids.put(r.code(), id);
                set(country, id, r.code(), r.alpha3(), r.name(), r.officialName(), kind, r.region(), r.subregion(),
                        r.flag());
                country.addBatch();
                addAliases(alias, id, r.aliases(), "ALIAS");
                addAliases(alias, id, r.demonyms(), "DEMONYM");
                addAliases(alias, id, r.capitals(), "CAPITAL");
            }
            country.executeBatch();
            alias.executeBatch();
        }
    }

    private static void addAliases(PreparedStatement alias, long country, List<String> names, String kind)
            throws SQLException {
        for (String name : names == null ? List.<String>of() : names) {
            set(alias, country, name, kind);
            alias.addBatch();
        }
    }

    private static void insertGroups(Connection db, Facts facts, Map<String, Long> countries) throws SQLException {
        try (PreparedStatement group = db.prepareStatement(Tables.COUNTRY_GROUP.insert());
                PreparedStatement member = db.prepareStatement(Tables.GROUP_MEMBERSHIP.insert())) {
            for (Map.Entry<String, GroupRecord> entry : facts.countryGroups().entrySet()) {
                GroupRecord r = entry.getValue();
                long id = key(r.id(), CountryGroup.TYPE);
                set(group, id, entry.getKey(), r.name(), version(r.version()));
                group.addBatch();
                for (String code : r.members()) {
                    set(member, id, country(countries, code),
                            r.joined() == null ? null : r.joined().get(code));
                    member.addBatch();
                }
            }
            group.executeBatch();
            member.executeBatch();
        }
    }

    private static Map<String, Long> insertStatements(Connection db, List<StatementRecord> records,
            Map<String, Long> countries) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement statement = db.prepareStatement(Tables.STATEMENT.insert());
                PreparedStatement source = db.prepareStatement(Tables.STATEMENT_SOURCE.insert());
                PreparedStatement resolution = db.prepareStatement(Tables.STATEMENT_RESOLUTION.insert());
                PreparedStatement signature = db.prepareStatement(Tables.SIGNATURE.insert())) {
            for (StatementRecord r : records) {
                long id = key(r.id(), Statement.TYPE);
                ids.put(r.key(), id);
                set(statement, id, r.key(), r.title(), r.kind(), r.issuedOn(), r.issuedIn(),
                        r.issuer() == null ? null : country(countries, r.issuer()), r.signerRole(), r.summary(),
                        r.text(),
                        version(r.version()));
                statement.addBatch();
                List<SourceRecord> sources = r.sources() == null ? List.of() : r.sources();
                for (int i = 0; i < sources.size(); i++) {
                    SourceRecord s = sources.get(i);
                    set(source, id, i, s.url(), s.publisher(), s.listedOn(), s.note());
                    source.addBatch();
                }
                addPositioned(resolution, id, r.resolutionsCited());
                for (SignatureRecord s : r.signatories()) {
                    set(signature, id, country(countries, s.code()), s.firstListedOn(), s.signerTitle(),
                            s.disputed(),
                            s.sourceUrl(), s.note());
                    signature.addBatch();
                }
            }
            statement.executeBatch();
            source.executeBatch();
            resolution.executeBatch();
            signature.executeBatch();
        }
        return ids;
    }

    private static void insertArticles(Connection db, Path dir, List<ArticleRecord> records,
            Map<String, Long> countries, Map<String, Long> statements) throws SQLException, IOException {
        try (PreparedStatement article = db.prepareStatement(Tables.SOURCE_ARTICLE.insert());
                PreparedStatement rejected = db.prepareStatement(Tables.REJECTED_FINDING.insert());
                PreparedStatement link = db.prepareStatement(Tables.ARTICLE_STATEMENT_LINK.insert());
                PreparedStatement resolution = db.prepareStatement(Tables.SOURCE_ARTICLE_RESOLUTION.insert());
                PreparedStatement mention = db.prepareStatement(Tables.MENTION.insert(), new String[]{"id"});
                PreparedStatement span = db.prepareStatement(Tables.MENTION_SPAN.insert());
                PreparedStatement claim = db.prepareStatement(Tables.CLAIM.insert());
                PreparedStatement claimWithId = db.prepareStatement(Tables.CLAIM.insert("id"));
                PreparedStatement quote = db.prepareStatement(Tables.QUOTE.insert())) {
            for (ArticleRecord r : records) {
                long id = key(r.id(), SourceArticle.TYPE);
                String text = Files.readString(dir.resolve(r.file()), StandardCharsets.UTF_8);
                if (!ContentHash.of(text).equals(r.contentHash())) {
                    throw new IOException(r.file() + " does not match its contentHash: the text changed after the export,"
                            + " so the offsets of its mentions, claims and quotes would be wrong");
                }
                set(article, id, r.url(), r.headline(), r.outlet(), r.outletDomain(), r.creditsOutlet(), r.agency(),
                        r.publishedOn(), r.publishedAt(), r.datePrecision(), r.language(), text, r.contentHash(),
                        r.ingestedAt(), version(r.version()), method(r.dateMethod()),
                        method(r.linkMethod()));
                article.execute();
                for (RejectedRecord f : list(r.rejected())) {
                    set(rejected, id, f.kind(), f.key());
                    rejected.addBatch();
                }
                for (LinkRecord l : list(r.links())) {
                    set(link, id, statement(statements, l.statement()), l.confidence(), l.method());
                    link.addBatch();
                }
                addPositioned(resolution, id, r.resolutionsCited());
                for (MentionRecord m : list(r.mentions())) {
                    set(mention, id, country(countries, m.country()), m.count(), m.matchedAs(),
                            method(m.method()));
                    mention.executeUpdate();
                    long mentionId = generatedKey(mention);
                    for (int i = 0; i < m.offsets().size(); i++) {
                        SpanRecord s = m.offsets().get(i);
                        set(span, mentionId, i, s.start(), s.end(), s.matchedAs());
                        span.addBatch();
                    }
                }
                List<ClaimRecord> claims = list(r.claims());
                for (int i = 0; i < claims.size(); i++) {
                    ClaimRecord c = claims.get(i);
                    Long statement = c.statement() == null ? null : statement(statements, c.statement());
                    if (c.id() == null) {
                        set(claim, id, statement, i, c.phrase(), c.count(), c.approximate(), c.qualifier(), c.unit(),
                                c.inHeadline(), c.start(), c.end(), method(c.method()));
                        claim.addBatch();
                    } else {
                        set(claimWithId, id, statement, i, c.phrase(), c.count(), c.approximate(), c.qualifier(),
                                c.unit(), c.inHeadline(), c.start(), c.end(), method(c.method()),
                                key(c.id(), ClaimView.TYPE));
                        claimWithId.addBatch();
                    }
                }
                List<QuoteRecord> quotes = list(r.quotes());
                for (int i = 0; i < quotes.size(); i++) {
                    QuoteRecord q = quotes.get(i);
                    set(quote, id, i, q.text(), q.speaker(), q.start(), q.end());
                    quote.addBatch();
                }
            }
            rejected.executeBatch();
            link.executeBatch();
            resolution.executeBatch();
            span.executeBatch();
            claim.executeBatch();
            claimWithId.executeBatch();
            quote.executeBatch();
        }
    }

    private static void insertChanges(Connection db, List<ChangeRecord> changes) throws SQLException {
        try (PreparedStatement change = db.prepareStatement(Tables.CHANGE_LOG.insert())) {
            for (ChangeRecord c : changes) {
                set(change, key(c.id(), Change.TYPE), c.changedAt(), c.actor(), c.operation(), c.entity(),
                        c.entityId(),
                        c.before(), c.after());
                change.addBatch();
            }
            change.executeBatch();
        }
    }
}
