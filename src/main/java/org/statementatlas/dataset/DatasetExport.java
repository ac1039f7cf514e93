package org.statementatlas.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

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
import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.statement.Statement;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import javax.sql.DataSource;

/**
 * Writes the whole database as a dataset directory: the bundled dataset's files ({@code countries.json},
 * {@code organizations.json}, {@code country-aliases.json}, {@code reference-facts.json}, {@code articles/*.txt})
 * with every stored field, plus {@code changes.json} (the change log) and {@code signatories.csv} for spreadsheets.
 * {@link DatasetImport} loads such a directory into an empty database row for row; docs/export.md describes it.
 */
@ApplicationScoped
public class DatasetExport {

    /** The value of reference-facts.json's "format" in an export; the bundled files have none. */
    public static final String FORMAT = "statement-atlas-export/1";

    private final DataSource dataSource;
    private final ObjectWriter json;

    DatasetExport(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.json = mapper.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writerWithDefaultPrettyPrinter();
    }

    /** How many rows of each kind an export wrote, for the command's summary line. */
    public record Summary(int countries, int groups, int statements, int signatures, int articles, int changes) {
    }

    /** Writes the export into {@code dir}, which must be empty or absent. */
    public Summary export(Path dir) throws IOException, SQLException {
        requireEmpty(dir);
        Files.createDirectories(dir.resolve("articles"));
        try (Connection db = dataSource.getConnection()) {
            // One snapshot of every table, even if a write arrived meanwhile.
            db.setAutoCommit(false);
            db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            Map<Long, String> codes = new HashMap<>();
            Map<Long, String> names = new HashMap<>();
            List<CountryRecord> states = new ArrayList<>();
            List<CountryRecord> organizations = new ArrayList<>();
            Map<Long, Map<String, List<String>>> aliases = new HashMap<>();
            query(db, Tables.COUNTRY_ALIAS.select("country_id, kind, alias"), rs -> aliases
                    .computeIfAbsent(rs.getLong("country_id"), k -> new HashMap<>())
                    .computeIfAbsent(rs.getString("kind"), k -> new ArrayList<>()).add(rs.getString("alias")));
            query(db, Tables.COUNTRY.select("id"), rs -> {
                long id = rs.getLong("id");
                codes.put(id, rs.getString("code"));
                names.put(id, rs.getString("name"));
                Map<String, List<String>> own = aliases.getOrDefault(id, Map.of());
                CountryRecord country = Tables.COUNTRY.read(rs, "id", GlobalId.encode(Country.TYPE, id),
                        "capitals", own.getOrDefault("CAPITAL", List.of()), "aliases",
                        own.getOrDefault("ALIAS", List.of()), "demonyms", own.getOrDefault("DEMONYM", List.of()));
                (rs.getString("kind").equals("STATE") ? states : organizations).add(country);
            });
            Map<String, GroupRecord> groups = groups(db, codes);
            List<StatementRecord> statements = statements(db, codes);
            List<ArticleRecord> articles = articles(db, codes, dir);
            List<ChangeRecord> changes = new ArrayList<>();
            query(db, Tables.CHANGE_LOG.select("id"), rs -> changes
                    .add(Tables.CHANGE_LOG.read(rs, "id", GlobalId.encode(Change.TYPE, rs.getLong("id")))));
            db.rollback();

            json.writeValue(dir.resolve("countries.json").toFile(), new CountryFile(states, null));
            json.writeValue(dir.resolve("organizations.json").toFile(), new CountryFile(null, organizations));
            Map<String, Object> noCorrections = new LinkedHashMap<>();
            noCorrections.put("about", "An export lists every alias in countries.json and organizations.json already.");
            noCorrections.put("add", Map.of());
            noCorrections.put("remove", Map.of());
            json.writeValue(dir.resolve("country-aliases.json").toFile(), noCorrections);
            json.writeValue(dir.resolve("reference-facts.json").toFile(), new Facts(
                    "Export of a Statement Atlas database: every country group, statement with its signatures, and"
                            + " article with what ingestion found in it. Described in docs/export.md of the service.",
                    FORMAT, OffsetDateTime.now(), groups, statements, articles));
            json.writeValue(dir.resolve("changes.json").toFile(), new ChangeFile(
                    "The change log: every write by an editor, oldest first; before and after are JSON documents.",
                    changes));
            SignatoriesCsv.write(dir, statements, codes, names);
            return new Summary(states.size() + organizations.size(), groups.size(), statements.size(),
                    statements.stream().mapToInt(s -> s.signatories().size()).sum(), articles.size(), changes.size());
        }
    }

    private static Map<String, GroupRecord> groups(Connection db, Map<Long, String> codes) throws SQLException {
        Map<Long, List<String>> members = new HashMap<>();
        Map<Long, Map<String, LocalDate>> joined = new HashMap<>();
        query(db, Tables.GROUP_MEMBERSHIP.select("id"), rs -> {
            String code = codes.get(rs.getLong("country_id"));
            long group = rs.getLong("group_id");
            members.computeIfAbsent(group, k -> new ArrayList<>()).add(code);
            LocalDate on = rs.getObject("joined_on", LocalDate.class);
            if (on != null) {
                joined.computeIfAbsent(group, k -> new LinkedHashMap<>()).put(code, on);
            }
        });
        Map<String, GroupRecord> groups = new LinkedHashMap<>();
        query(db, Tables.COUNTRY_GROUP.select("id"), rs -> {
            long id = rs.getLong("id");
            groups.put(rs.getString("code"), Tables.COUNTRY_GROUP.read(rs, "id", GlobalId.encode(CountryGroup.TYPE, id),
                    "members", members.getOrDefault(id, List.of()), "joined", joined.get(id)));
        });
        return groups;
    }

    private static List<StatementRecord> statements(Connection db, Map<Long, String> codes) throws SQLException {
        Map<Long, List<SourceRecord>> sources = new HashMap<>();
        query(db, Tables.STATEMENT_SOURCE.select("statement_id, position"),
                rs -> sources.computeIfAbsent(rs.getLong("statement_id"), k -> new ArrayList<>())
                        .add(Tables.STATEMENT_SOURCE.read(rs)));
        Map<Long, List<String>> resolutions = positioned(db, Tables.STATEMENT_RESOLUTION, "statement_id");
        Map<Long, List<SignatureRecord>> signatures = new HashMap<>();
        query(db, Tables.SIGNATURE.select("id"),
                rs -> signatures.computeIfAbsent(rs.getLong("statement_id"), k -> new ArrayList<>())
                        .add(Tables.SIGNATURE.read(rs, "code", codes.get(rs.getLong("country_id")))));
        List<StatementRecord> statements = new ArrayList<>();
        query(db, Tables.STATEMENT.select("id"), rs -> {
            long id = rs.getLong("id");
            Long issuer = rs.getObject("issuer_id", Long.class);
            statements.add(Tables.STATEMENT.read(rs, "id", GlobalId.encode(Statement.TYPE, id), "issuer",
                    issuer == null ? null : codes.get(issuer), "resolutionsCited", resolutions.getOrDefault(id, List.of()),
                    "sources", sources.getOrDefault(id, List.of()), "signatories", signatures.getOrDefault(id, List.of())));
        });
        return statements;
    }

    private static List<ArticleRecord> articles(Connection db, Map<Long, String> codes, Path dir)
            throws SQLException, IOException {
        Map<Long, String> slugs = new HashMap<>();
        query(db, "SELECT id, slug FROM statement", rs -> slugs.put(rs.getLong(1), rs.getString(2)));
        Map<Long, List<LinkRecord>> links = new HashMap<>();
        query(db, Tables.ARTICLE_STATEMENT_LINK.select("id"),
                rs -> links.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>())
                        .add(Tables.ARTICLE_STATEMENT_LINK.read(rs, "statement", slugs.get(rs.getLong("statement_id")))));
        Map<Long, List<String>> resolutions = positioned(db, Tables.SOURCE_ARTICLE_RESOLUTION, "article_id");
        Map<Long, List<SpanRecord>> spans = new HashMap<>();
        query(db, Tables.MENTION_SPAN.select("mention_id, position"),
                rs -> spans.computeIfAbsent(rs.getLong("mention_id"), k -> new ArrayList<>())
                        .add(Tables.MENTION_SPAN.read(rs)));
        Map<Long, List<MentionRecord>> mentions = new HashMap<>();
        query(db, Tables.MENTION.select("id"),
                rs -> mentions.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>())
                        .add(Tables.MENTION.read(rs, "country", codes.get(rs.getLong("country_id")), "offsets",
                                spans.getOrDefault(rs.getLong("id"), List.of()))));
        Map<Long, List<RejectedRecord>> rejected = new HashMap<>();
        query(db, Tables.REJECTED_FINDING.select("id"),
                rs -> rejected.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>())
                        .add(Tables.REJECTED_FINDING.read(rs)));
        Map<Long, List<ClaimRecord>> claims = new HashMap<>();
        query(db, Tables.CLAIM.select("article_id, position"), rs -> {
            Long statement = rs.getObject("statement_id", Long.class);
            claims.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>()).add(Tables.CLAIM.read(rs,
                    "statement", statement == null ? null : slugs.get(statement), "id",
                    GlobalId.encode(ClaimView.TYPE, rs.getLong("id"))));
        });
        Map<Long, List<QuoteRecord>> quotes = new HashMap<>();
        query(db, Tables.QUOTE.select("article_id, position"),
                rs -> quotes.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>())
                        .add(Tables.QUOTE.read(rs)));
        List<ArticleRecord> articles = new ArrayList<>();
        List<IOException> failed = new ArrayList<>();
        query(db, Tables.SOURCE_ARTICLE.select("id"), rs -> {
            long id = rs.getLong("id");
            String contentHash = rs.getString("content_hash");
            String file = String.format(Locale.ROOT, "articles/%04d_%s.txt", articles.size(), contentHash.substring(0, 16));
            try {
                Files.writeString(dir.resolve(file), rs.getString("text"), StandardCharsets.UTF_8);
            } catch (IOException e) {
                failed.add(e);
            }
            List<LinkRecord> own = links.getOrDefault(id, List.of());
            articles.add(Tables.SOURCE_ARTICLE.read(rs, "id", GlobalId.encode(SourceArticle.TYPE, id),
                    "file", file, "reports", own.stream().map(LinkRecord::statement).toList(), "links", own,
                    "resolutionsCited", resolutions.getOrDefault(id, List.of()), "mentions",
                    mentions.getOrDefault(id, List.of()), "claims", claims.getOrDefault(id, List.of()), "quotes",
                    quotes.getOrDefault(id, List.of()), "rejected", rejected.getOrDefault(id, List.of())));
        });
        if (!failed.isEmpty()) {
            throw failed.get(0);
        }
        return articles;
    }

    private static void requireEmpty(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(dir + " is not empty: export into a new or empty directory");
                }
            }
        } else if (Files.exists(dir)) {
            throw new IOException(dir + " is a file, not a directory");
        }
    }

    /** Reads one row. */
    interface RowReader {

        void read(ResultSet row) throws SQLException;
    }

    /** The values of a list table (owner, position, value), by owner, in position order. */
    private static Map<Long, List<String>> positioned(Connection db, Table<?> table, String owner)
            throws SQLException {
        Map<Long, List<String>> values = new HashMap<>();
        query(db, table.select(owner + ", position"), rs -> values.computeIfAbsent(rs.getLong(owner),
                k -> new ArrayList<>()).add(rs.getString(table.given().get(2))));
        return values;
    }

    static void query(Connection db, String sql, RowReader reader) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        }
    }
}
