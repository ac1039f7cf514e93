package org.statementatlas.dataset;

import java.util.List;

import org.statementatlas.dataset.DatasetFiles.ArticleRecord;
import org.statementatlas.dataset.DatasetFiles.ChangeRecord;
import org.statementatlas.dataset.DatasetFiles.ClaimRecord;
import org.statementatlas.dataset.DatasetFiles.CountryRecord;
import org.statementatlas.dataset.DatasetFiles.GroupRecord;
import org.statementatlas.dataset.DatasetFiles.LinkRecord;
import org.statementatlas.dataset.DatasetFiles.MentionRecord;
import org.statementatlas.dataset.DatasetFiles.QuoteRecord;
import org.statementatlas.dataset.DatasetFiles.RejectedRecord;
import org.statementatlas.dataset.DatasetFiles.SignatureRecord;
import org.statementatlas.dataset.DatasetFiles.SourceRecord;
import org.statementatlas.dataset.DatasetFiles.SpanRecord;
import org.statementatlas.dataset.DatasetFiles.StatementRecord;

/**
 * How the rows of each table travel in an export: the one description of the columns that {@link DatasetExport}
 * reads and {@link DatasetImport} writes (the build-time snapshot, {@link DatasetSnapshot}, copies whole tables and
 * needs none).
 * <p>
 * A table's plain columns are carried by the record of {@link DatasetFiles} that holds its rows, by name: a record
 * component carries the column of its name in snake case ({@code publishedOn}: {@code published_on}) unless the
 * table renames it. The other columns are <em>given</em>: the keys, the references (a country by its code, a
 * statement by its slug, an owner) and the positions in a list, which the import works out from the export's ids,
 * codes and order. Components that are lists or maps (the rows of other tables), or that a table names as
 * {@code byHand} (a global id, a code, a file name), carry no column. Identity columns not given are left to the
 * database.
 * <p>
 * So a new column needs its migration, its entity field, and a component of the same name in the record; nothing
 * reads or writes it by hand. {@code TablesTest} checks every column of the migrated schema against this
 * description, and an import refuses a table whose columns it cannot all fill.
 */
final class Tables {

    static final Table<CountryRecord> COUNTRY = Table.of("country", CountryRecord.class).given("id", "kind")
            .byHand("id");
    static final Table<Record> COUNTRY_ALIAS = Table.of("country_alias").given("country_id", "alias", "kind");
    static final Table<GroupRecord> COUNTRY_GROUP = Table.of("country_group", GroupRecord.class).given("id", "code")
            .byHand("id");
    static final Table<Record> GROUP_MEMBERSHIP = Table.of("group_membership").given("group_id", "country_id",
            "joined_on");
    static final Table<StatementRecord> STATEMENT = Table.of("statement", StatementRecord.class)
            .given("id", "issuer_id").byHand("id", "issuer").renamed("key", "slug");
    static final Table<SourceRecord> STATEMENT_SOURCE = Table.of("statement_source", SourceRecord.class)
            .given("statement_id", "position");
    static final Table<Record> STATEMENT_RESOLUTION = Table.of("statement_resolution").given("statement_id",
            "position", "resolution");
    static final Table<SignatureRecord> SIGNATURE = Table.of("signature", SignatureRecord.class)
            .given("statement_id", "country_id").byHand("code");
    /** The text is stored in the export's file, which the article's {@code file} names. */
    static final Table<ArticleRecord> SOURCE_ARTICLE = Table.of("source_article", ArticleRecord.class)
            .given("id", "text").byHand("id", "file", "reports")
            .renamed("outlet", "outlet_name", "creditsOutlet", "credited_outlet");
    static final Table<RejectedRecord> REJECTED_FINDING = Table.of("rejected_finding", RejectedRecord.class)
            .given("article_id").renamed("key", "finding_key");
    static final Table<LinkRecord> ARTICLE_STATEMENT_LINK = Table.of("article_statement_link", LinkRecord.class)
            .given("article_id", "statement_id").byHand("statement");
    static final Table<Record> SOURCE_ARTICLE_RESOLUTION = Table.of("source_article_resolution").given("article_id",
            "position", "resolution");
    /** Mentions are inserted without their ids (an export does not keep them); their spans name the new ones. */
    static final Table<MentionRecord> MENTION = Table.of("mention", MentionRecord.class)
            .given("article_id", "country_id").byHand("country").renamed("count", "mention_count");
    static final Table<SpanRecord> MENTION_SPAN = Table.of("mention_span", SpanRecord.class)
            .given("mention_id", "position").renamed("start", "start_offset", "end", "end_offset");
    /** A claim keeps its id when the export gives one (claims have global ids); see {@link Table#insert}. */
    static final Table<ClaimRecord> CLAIM = Table.of("claim", ClaimRecord.class)
            .given("article_id", "statement_id", "position").byHand("statement", "id")
            .renamed("count", "claimed_value", "unit", "counts", "start", "start_offset", "end", "end_offset");
    static final Table<QuoteRecord> QUOTE = Table.of("quote", QuoteRecord.class).given("article_id", "position")
            .renamed("start", "start_offset", "end", "end_offset");
    static final Table<ChangeRecord> CHANGE_LOG = Table.of("change_log", ChangeRecord.class).given("id")
            .byHand("id").renamed("before", "before_json", "after", "after_json");

    /** Every table an export carries, in the order an import fills them. */
    static final List<Table<?>> ALL = List.of(COUNTRY, COUNTRY_ALIAS, COUNTRY_GROUP, GROUP_MEMBERSHIP, STATEMENT,
            STATEMENT_SOURCE, STATEMENT_RESOLUTION, SIGNATURE, SOURCE_ARTICLE, REJECTED_FINDING, ARTICLE_STATEMENT_LINK,
            SOURCE_ARTICLE_RESOLUTION, MENTION, MENTION_SPAN, CLAIM, QUOTE, CHANGE_LOG);

    private Tables() {
    }
}
