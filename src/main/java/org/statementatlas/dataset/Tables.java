package org.statementatlas.dataset;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The stored columns of each table, as an export reads them and an import writes them: the one description of the rows
 * that {@link DatasetExport} and {@link DatasetImport} share (the build-time snapshot, {@link DatasetSnapshot}, copies
 * whole tables and needs none). An import binds the values in this order; an export reads them by name. A new column
 * goes into its migration, its entity, here, its record in {@link DatasetFiles}, and the one read and write of it.
 */
final class Tables {

    /** A table and its columns, in the order an import binds them. */
    record Table(String name, List<String> columns) {

        static Table of(String name, String... columns) {
            return new Table(name, List.of(columns));
        }

        /** An INSERT of every column, then of {@code extra} ones (an id kept from the export), all parameters. */
        String insert(String... extra) {
            List<String> all = Stream.concat(columns.stream(), Stream.of(extra)).toList();
            return "INSERT INTO " + name + " (" + String.join(", ", all) + ") VALUES ("
                    + all.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        }

        /** A SELECT of {@code extra} columns (an id the rows are not inserted with), then every column, in an order. */
        String select(String orderBy, String... extra) {
            return "SELECT " + String.join(", ", Stream.concat(Stream.of(extra), columns.stream()).toList()) + " FROM "
                    + name + " ORDER BY " + orderBy;
        }
    }

    static final Table COUNTRY = Table.of("country", "id", "code", "alpha3", "name", "official_name", "kind", "region",
            "subregion", "flag");
    static final Table COUNTRY_ALIAS = Table.of("country_alias", "country_id", "alias", "kind");
    static final Table COUNTRY_GROUP = Table.of("country_group", "id", "code", "name", "version");
    static final Table GROUP_MEMBERSHIP = Table.of("group_membership", "group_id", "country_id", "joined_on");
    static final Table STATEMENT = Table.of("statement", "id", "slug", "title", "kind", "issued_on", "issued_in",
            "issuer_id", "signer_role", "summary", "text", "version");
    static final Table STATEMENT_SOURCE = Table.of("statement_source", "statement_id", "position", "url", "publisher",
            "listed_on", "note");
    static final Table STATEMENT_RESOLUTION = Table.of("statement_resolution", "statement_id", "position", "resolution");
    static final Table SIGNATURE = Table.of("signature", "statement_id", "country_id", "first_listed_on", "signer_title",
            "disputed", "source_url", "note");
    static final Table SOURCE_ARTICLE = Table.of("source_article", "id", "url", "headline", "outlet_name",
            "outlet_domain", "credited_outlet", "agency", "published_on", "published_at", "date_precision", "language",
            "text", "content_hash", "ingested_at", "version", "date_method", "link_method");
    static final Table REJECTED_FINDING = Table.of("rejected_finding", "article_id", "kind", "finding_key");
    static final Table ARTICLE_STATEMENT_LINK = Table.of("article_statement_link", "article_id", "statement_id",
            "confidence", "method");
    static final Table SOURCE_ARTICLE_RESOLUTION = Table.of("source_article_resolution", "article_id", "position",
            "resolution");
    /** Mentions are inserted without their ids (an export does not keep them); their spans name the new ones. */
    static final Table MENTION = Table.of("mention", "article_id", "country_id", "mention_count", "matched_as",
            "method");
    static final Table MENTION_SPAN = Table.of("mention_span", "mention_id", "position", "start_offset", "end_offset",
            "matched_as");
    /** A claim keeps its id when the export gives one (claims have global ids). */
    static final Table CLAIM = Table.of("claim", "article_id", "statement_id", "position", "phrase", "claimed_value",
            "approximate", "qualifier", "counts", "in_headline", "start_offset", "end_offset", "method");
    static final Table QUOTE = Table.of("quote", "article_id", "position", "text", "speaker", "start_offset",
            "end_offset");
    static final Table CHANGE_LOG = Table.of("change_log", "id", "changed_at", "actor", "operation", "entity",
            "entity_id", "before_json", "after_json");

    private Tables() {
    }
}
