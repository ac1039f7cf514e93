package org.statementatlas.dataset;

import static org.statementatlas.dataset.ImportRows.addPositioned;
import static org.statementatlas.dataset.ImportRows.country;
import static org.statementatlas.dataset.ImportRows.key;
import static org.statementatlas.dataset.ImportRows.list;
import static org.statementatlas.dataset.ImportRows.restartIdentities;
import static org.statementatlas.dataset.ImportRows.statement;

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
        try (var country = Tables.COUNTRY.insert(db); var alias = Tables.COUNTRY_ALIAS.insert(db)) {
            for (CountryRecord r : records) {
                long id = key(r.id(), Country.TYPE);
                ids.put(r.code(), id);
                country.add(r, id, kind);
                addAliases(alias, id, r.aliases(), "ALIAS");
                addAliases(alias, id, r.demonyms(), "DEMONYM");
                addAliases(alias, id, r.capitals(), "CAPITAL");
            }
            country.flush();
            alias.flush();
        }
    }

    private static void addAliases(Table.Insert<Record> alias, long country, List<String> names, String kind)
            throws SQLException {
        for (String name : list(names)) {
            alias.addRow(country, name, kind);
        }
    }

    private static void insertGroups(Connection db, Facts facts, Map<String, Long> countries) throws SQLException {
        try (var group = Tables.COUNTRY_GROUP.insert(db); var member = Tables.GROUP_MEMBERSHIP.insert(db)) {
            for (Map.Entry<String, GroupRecord> entry : facts.countryGroups().entrySet()) {
                GroupRecord r = entry.getValue();
                long id = key(r.id(), CountryGroup.TYPE);
                group.add(r, id, entry.getKey());
                for (String code : r.members()) {
                    member.addRow(id, country(countries, code), r.joined() == null ? null : r.joined().get(code));
                }
            }
            group.flush();
            member.flush();
        }
    }

    private static Map<String, Long> insertStatements(Connection db, List<StatementRecord> records,
            Map<String, Long> countries) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (var statement = Tables.STATEMENT.insert(db);
                var source = Tables.STATEMENT_SOURCE.insert(db);
                var resolution = Tables.STATEMENT_RESOLUTION.insert(db);
                var signature = Tables.SIGNATURE.insert(db)) {
            for (StatementRecord r : records) {
                long id = key(r.id(), Statement.TYPE);
                ids.put(r.key(), id);
                statement.add(r, id, r.issuer() == null ? null : country(countries, r.issuer()));
                List<SourceRecord> sources = list(r.sources());
                for (int i = 0; i < sources.size(); i++) {
                    source.add(sources.get(i), id, i);
                }
                addPositioned(resolution, id, r.resolutionsCited());
                for (SignatureRecord s : r.signatories()) {
                    signature.add(s, id, country(countries, s.code()));
                }
            }
            statement.flush();
            source.flush();
            resolution.flush();
            signature.flush();
        }
        return ids;
    }

    private static void insertArticles(Connection db, Path dir, List<ArticleRecord> records,
            Map<String, Long> countries, Map<String, Long> statements) throws SQLException, IOException {
        try (var article = Tables.SOURCE_ARTICLE.insert(db);
                var rejected = Tables.REJECTED_FINDING.insert(db);
                var link = Tables.ARTICLE_STATEMENT_LINK.insert(db);
                var resolution = Tables.SOURCE_ARTICLE_RESOLUTION.insert(db);
                var mention = Tables.MENTION.insertReturningKeys(db);
                var span = Tables.MENTION_SPAN.insert(db);
                var claim = Tables.CLAIM.insert(db);
                var claimWithId = Tables.CLAIM.insert(db, "id");
                var quote = Tables.QUOTE.insert(db)) {
            for (ArticleRecord r : records) {
                long id = key(r.id(), SourceArticle.TYPE);
                String text = Files.readString(dir.resolve(r.file()), StandardCharsets.UTF_8);
                if (!ContentHash.of(text).equals(r.contentHash())) {
                    throw new IOException(r.file() + " does not match its contentHash: the text changed after the export,"
                            + " so the offsets of its mentions, claims and quotes would be wrong");
                }
                article.addNow(r, id, text);
                for (RejectedRecord f : list(r.rejected())) {
                    rejected.add(f, id);
                }
                for (LinkRecord l : list(r.links())) {
                    link.add(l, id, statement(statements, l.statement()));
                }
                addPositioned(resolution, id, r.resolutionsCited());
                for (MentionRecord m : list(r.mentions())) {
                    long mentionId = mention.addReturningKey(m, id, country(countries, m.country()));
                    for (int i = 0; i < m.offsets().size(); i++) {
                        span.add(m.offsets().get(i), mentionId, i);
                    }
                }
                List<ClaimRecord> claims = list(r.claims());
                for (int i = 0; i < claims.size(); i++) {
                    ClaimRecord c = claims.get(i);
                    Long statement = c.statement() == null ? null : statement(statements, c.statement());
                    if (c.id() == null) {
                        claim.add(c, id, statement, i);
                    } else {
                        claimWithId.add(c, id, statement, i, key(c.id(), ClaimView.TYPE));
                    }
                }
                List<QuoteRecord> quotes = list(r.quotes());
                for (int i = 0; i < quotes.size(); i++) {
                    quote.add(quotes.get(i), id, i);
                }
            }
            rejected.flush();
            link.flush();
            resolution.flush();
            span.flush();
            claim.flush();
            claimWithId.flush();
            quote.flush();
        }
    }

    private static void insertChanges(Connection db, List<ChangeRecord> changes) throws SQLException {
        try (var change = Tables.CHANGE_LOG.insert(db)) {
            for (ChangeRecord c : changes) {
                change.add(c, key(c.id(), Change.TYPE));
            }
            change.flush();
        }
    }
}
