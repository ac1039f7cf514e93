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
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.runtime.annotations.RegisterForReflection;

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
    private final CsvMapper csv = CsvMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    DatasetExport(DataSource dataSource, ObjectMapper mapper) {
        this.dataSource = dataSource;
        this.json = mapper.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writerWithDefaultPrettyPrinter();
    }

    /** How many rows of each kind an export wrote, for the command's summary line. */
    public record Summary(int countries, int groups, int statements, int signatures, int articles, int changes) {
    }

    /** One line of signatories.csv. */
    @RegisterForReflection
    @JsonPropertyOrder({"statement", "statementTitle", "issuedOn", "country", "countryName", "firstListedOn",
            "disputed", "signerTitle", "sourceUrl", "note"})
    record SignatoryRow(String statement, String statementTitle, LocalDate issuedOn, String country,
            String countryName, LocalDate firstListedOn, boolean disputed, String signerTitle, String sourceUrl,
            String note) {
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
            query(db, "SELECT country_id, kind, alias FROM country_alias ORDER BY country_id, kind, alias", rs -> aliases
                    .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                    .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3)));
            query(db, "SELECT id, code, alpha3, name, official_name, kind, region, subregion, flag FROM country ORDER BY id",
                    rs -> {
                        long id = rs.getLong(1);
                        codes.put(id, rs.getString(2));
                        names.put(id, rs.getString(4));
                        Map<String, List<String>> own = aliases.getOrDefault(id, Map.of());
                        CountryRecord country = new CountryRecord(GlobalId.encode(Country.TYPE, id), rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(7), rs.getString(8),
                                rs.getString(9), own.getOrDefault("CAPITAL", List.of()), own.getOrDefault("ALIAS", List.of()),
                                own.getOrDefault("DEMONYM", List.of()));
                        (rs.getString(6).equals("STATE") ? states : organizations).add(country);
                    });
            Map<String, GroupRecord> groups = groups(db, codes);
            List<StatementRecord> statements = statements(db, codes);
            List<ArticleRecord> articles = articles(db, codes, dir);
            List<ChangeRecord> changes = new ArrayList<>();
            query(db, "SELECT id, changed_at, actor, operation, entity, entity_id, before_json, after_json"
                    + " FROM change_log ORDER BY id",
                    rs -> changes.add(new ChangeRecord(GlobalId.encode(Change.TYPE, rs.getLong(1)),
                            rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8))));
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
            writeSignatories(dir, statements, codes, names);
            return new Summary(states.size() + organizations.size(), groups.size(), statements.size(),
                    statements.stream().mapToInt(s -> s.signatories().size()).sum(), articles.size(), changes.size());
        }
    }

    private static Map<String, GroupRecord> groups(Connection db, Map<Long, String> codes) throws SQLException {
        Map<Long, List<String>> members = new HashMap<>();
        Map<Long, Map<String, LocalDate>> joined = new HashMap<>();
        query(db, "SELECT group_id, country_id, joined_on FROM group_membership ORDER BY id", rs -> {
            String code = codes.get(rs.getLong(2));
            members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(code);
            LocalDate on = rs.getObject(3, LocalDate.class);
            if (on != null) {
                joined.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(code, on);
            }
        });
        Map<String, GroupRecord> groups = new LinkedHashMap<>();
        query(db, "SELECT id, code, name, version FROM country_group ORDER BY id", rs -> {
            long id = rs.getLong(1);
            groups.put(rs.getString(2), new GroupRecord(GlobalId.encode(CountryGroup.TYPE, id), rs.getString(3),
                    members.getOrDefault(id, List.of()), joined.get(id), rs.getInt(4)));
        });
        return groups;
    }

    private static List<StatementRecord> statements(Connection db, Map<Long, String> codes) throws SQLException {
        Map<Long, List<SourceRecord>> sources = new HashMap<>();
        query(db, "SELECT statement_id, url, publisher, listed_on, note FROM statement_source"
                + " ORDER BY statement_id, position",
                rs -> sources.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new SourceRecord(rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                                rs.getString(5))));
        Map<Long, List<String>> resolutions = new HashMap<>();
        query(db, "SELECT statement_id, resolution FROM statement_resolution ORDER BY statement_id, position",
                rs -> resolutions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)));
        Map<Long, List<SignatureRecord>> signatures = new HashMap<>();
        query(db, "SELECT statement_id, country_id, first_listed_on, signer_title, disputed, source_url, note"
                + " FROM signature ORDER BY id",
                rs -> signatures.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new SignatureRecord(codes.get(rs.getLong(2)), rs.getObject(3, LocalDate.class),
                                rs.getString(4), rs.getBoolean(5), rs.getString(6), rs.getString(7))));
        List<StatementRecord> statements = new ArrayList<>();
        query(db, "SELECT id, slug, title, kind, issued_on, issued_in, issuer_id, signer_role, summary, text, version"
                + " FROM statement ORDER BY id", rs -> {
                    long id = rs.getLong(1);
                    long issuer = rs.getLong(7);
                    String issuerCode = rs.wasNull() ? null : codes.get(issuer);
                    statements.add(new StatementRecord(GlobalId.encode(Statement.TYPE, id), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6),
                            issuerCode, rs.getString(8), rs.getString(9), rs.getString(10),
                            resolutions.getOrDefault(id, List.of()), sources.getOrDefault(id, List.of()), null, null,
                            signatures.getOrDefault(id, List.of()), rs.getInt(11)));
                });
        return statements;
    }

    private static List<ArticleRecord> articles(Connection db, Map<Long, String> codes, Path dir)
            throws SQLException, IOException {
        Map<Long, String> slugs = new HashMap<>();
        query(db, "SELECT id, slug FROM statement", rs -> slugs.put(rs.getLong(1), rs.getString(2)));
        Map<Long, List<LinkRecord>> links = new HashMap<>();
        query(db, "SELECT article_id, statement_id, confidence, method FROM article_statement_link ORDER BY id",
                rs -> links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new LinkRecord(slugs.get(rs.getLong(2)), rs.getDouble(3), rs.getString(4))));
        Map<Long, List<String>> resolutions = new HashMap<>();
        query(db, "SELECT article_id, resolution FROM source_article_resolution ORDER BY article_id, position",
                rs -> resolutions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)));
        Map<Long, List<SpanRecord>> spans = new HashMap<>();
        query(db, "SELECT mention_id, start_offset, end_offset, matched_as FROM mention_span ORDER BY mention_id, position",
                rs -> spans.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new SpanRecord(rs.getInt(2), rs.getInt(3), rs.getString(4))));
        Map<Long, List<MentionRecord>> mentions = new HashMap<>();
        query(db, "SELECT id, article_id, country_id, mention_count, matched_as, method FROM mention ORDER BY id",
                rs -> mentions.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                        .add(new MentionRecord(codes.get(rs.getLong(3)), rs.getInt(4), rs.getString(5),
                                spans.getOrDefault(rs.getLong(1), List.of()), rs.getString(6))));
        Map<Long, List<RejectedRecord>> rejected = new HashMap<>();
        query(db, "SELECT article_id, kind, finding_key FROM rejected_finding ORDER BY id",
                rs -> rejected.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new RejectedRecord(rs.getString(2), rs.getString(3))));
        Map<Long, List<ClaimRecord>> claims = new HashMap<>();
        query(db, "SELECT article_id, phrase, claimed_value, statement_id, approximate, qualifier, counts, in_headline,"
                + " start_offset, end_offset, method, id FROM claim ORDER BY article_id, position", rs -> {
                    long statement = rs.getLong(4);
                    String slug = rs.wasNull() ? null : slugs.get(statement);
                    claims.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ClaimRecord(rs.getString(2),
                            rs.getInt(3), slug, rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
                            rs.getObject(9, Integer.class), rs.getObject(10, Integer.class), rs.getString(11),
                            GlobalId.encode(ClaimView.TYPE, rs.getLong(12))));
                });
        Map<Long, List<QuoteRecord>> quotes = new HashMap<>();
        query(db, "SELECT article_id, text, speaker, start_offset, end_offset FROM quote ORDER BY article_id, position",
                rs -> quotes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new QuoteRecord(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5))));
        List<ArticleRecord> articles = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("SELECT id, url, headline, outlet_name, outlet_domain,"
                + " credited_outlet, agency, published_at, published_on, date_precision, language, content_hash,"
                + " ingested_at, version, text, date_method, link_method FROM source_article ORDER BY id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String contentHash = rs.getString(12);
                String file = String.format(Locale.ROOT, "articles/%04d_%s.txt", articles.size(),
                        contentHash.substring(0, 16));
                Files.writeString(dir.resolve(file), rs.getString(15), StandardCharsets.UTF_8);
                List<LinkRecord> own = links.getOrDefault(id, List.of());
                articles.add(new ArticleRecord(GlobalId.encode(SourceArticle.TYPE, id), file, rs.getString(2),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(3),
                        rs.getObject(8, OffsetDateTime.class), rs.getObject(9, LocalDate.class), rs.getString(10),
                        rs.getString(11), contentHash, rs.getObject(13, OffsetDateTime.class),
                        own.stream().map(LinkRecord::statement).toList(), own, resolutions.getOrDefault(id, List.of()),
                        mentions.getOrDefault(id, List.of()), claims.getOrDefault(id, List.of()),
                        quotes.getOrDefault(id, List.of()), rs.getInt(14), rs.getString(16), rs.getString(17),
                        rejected.getOrDefault(id, List.of())));
            }
        }
        return articles;
    }

    private void writeSignatories(Path dir, List<StatementRecord> statements, Map<Long, String> codes,
            Map<Long, String> names) throws IOException {
        Map<String, String> nameByCode = new HashMap<>();
        codes.forEach((id, code) -> nameByCode.put(code, names.get(id)));
        List<SignatoryRow> rows = new ArrayList<>();
        for (StatementRecord statement : statements) {
            for (SignatureRecord s : statement.signatories()) {
                rows.add(new SignatoryRow(statement.key(), statement.title(), statement.issuedOn(), s.code(),
                        nameByCode.get(s.code()), s.firstListedOn(), s.disputed(), s.signerTitle(), s.sourceUrl(),
                        s.note()));
            }
        }
        csv.writer(csv.schemaFor(SignatoryRow.class).withHeader())
                .writeValue(dir.resolve("signatories.csv").toFile(), rows);
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

    static void query(Connection db, String sql, RowReader reader) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        }
    }
}
