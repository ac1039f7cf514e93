import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.postgresql.PGConnection;

/**
 * bench/scale/load.sql for PostgreSQL: bulk-loads the CSV files of ScaleData.java into a database that the PostgreSQL
 * artifact migrated and filled with the bundled dataset. Each file is COPYed into a temporary table, then inserted
 * with the same joins as load.sql (rows refer to countries by code and statements by slug). Usage, with the driver
 * of the PostgreSQL build on the class path:
 *   java -cp target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar bench/scale/LoadPostgreSQL.java \
 *     JDBC_URL USER PASSWORD CSV_DIR [statements,signatures,articles,links,mentions,spans,claims]
 */
public class LoadPostgreSQL {

    /** CSV file, its columns (all text in the temporary table), and the insert that moves its rows in. */
    private record Step(String file, String columns, String insert) {
    }

    private static final Map<String, Step> STEPS = new LinkedHashMap<>();

    static {
        STEPS.put("statements", new Step("statements.csv", "slug,title,kind,issued_on,issued_in,summary", """
                INSERT INTO statement (slug, title, kind, issued_on, issued_in, summary)
                SELECT slug, title, kind, CAST(issued_on AS DATE), issued_in, summary FROM x"""));
        STEPS.put("signatures", new Step("signatures.csv", "slug,code,first_listed_on,disputed", """
                INSERT INTO signature (statement_id, country_id, first_listed_on, disputed)
                SELECT s.id, c.id, CAST(x.first_listed_on AS DATE), CAST(x.disputed AS BOOLEAN)
                FROM x JOIN statement s ON s.slug = x.slug JOIN country c ON c.code = x.code"""));
        STEPS.put("articles", new Step("articles.csv",
                "url,headline,outlet_name,outlet_domain,published_on,text,content_hash", """
                        INSERT INTO source_article (url, headline, outlet_name, outlet_domain, published_on, date_precision,
                            language, text, content_hash, ingested_at)
                        SELECT url, headline, outlet_name, outlet_domain, CAST(published_on AS DATE), 'DATE', 'en', text,
                            content_hash, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00' FROM x"""));
        STEPS.put("links", new Step("links.csv", "url,slug,confidence", """
                INSERT INTO article_statement_link (article_id, statement_id, confidence, method)
                SELECT a.id, s.id, CAST(x.confidence AS DOUBLE PRECISION), 'COMBINED'
                FROM x JOIN source_article a ON a.url = x.url JOIN statement s ON s.slug = x.slug"""));
        STEPS.put("mentions", new Step("mentions.csv", "url,code,mention_count", """
                INSERT INTO mention (article_id, country_id, mention_count, matched_as)
                SELECT a.id, c.id, CAST(x.mention_count AS INT), 'NAME'
                FROM x JOIN source_article a ON a.url = x.url JOIN country c ON c.code = x.code"""));
        STEPS.put("spans", new Step("spans.csv", "url,code,position,start_offset,end_offset", """
                INSERT INTO mention_span (mention_id, position, start_offset, end_offset, matched_as)
                SELECT m.id, CAST(x.position AS INT), CAST(x.start_offset AS INT), CAST(x.end_offset AS INT), 'NAME'
                FROM x JOIN source_article a ON a.url = x.url JOIN country c ON c.code = x.code
                JOIN mention m ON m.article_id = a.id AND m.country_id = c.id"""));
        STEPS.put("claims", new Step("claims.csv", "url,slug,phrase,claimed_value,start_offset,end_offset", """
                INSERT INTO claim (article_id, statement_id, position, phrase, claimed_value, approximate, counts,
                    in_headline, start_offset, end_offset)
                SELECT a.id, s.id, 0, x.phrase, CAST(x.claimed_value AS INT), FALSE, 'COUNTRIES', FALSE,
                    CAST(x.start_offset AS INT), CAST(x.end_offset AS INT)
                FROM x JOIN source_article a ON a.url = x.url JOIN statement s ON s.slug = x.slug"""));
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("Usage: LoadPostgreSQL JDBC_URL USER PASSWORD CSV_DIR [step,...]");
            System.exit(2);
        }
        Path dir = Path.of(args[3]);
        List<String> steps = args.length > 4 ? List.of(args[4].split(",")) : List.copyOf(STEPS.keySet());
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            db.setAutoCommit(false);
            for (String name : steps) {
                Step step = STEPS.get(name);
                long start = System.nanoTime();
                try (Statement sql = db.createStatement()) {
                    String header = Files.readAllLines(dir.resolve(step.file()), StandardCharsets.UTF_8).get(0);
                    if (!header.equals(step.columns())) {
                        throw new IllegalStateException(step.file() + " has columns " + header + ", not " + step.columns());
                    }
                    String columns = String.join(" text, ", step.columns().split(",")) + " text";
                    sql.execute("CREATE TEMPORARY TABLE x (" + columns + ") ON COMMIT DROP");
                    try (Reader csv = Files.newBufferedReader(dir.resolve(step.file()), StandardCharsets.UTF_8)) {
                        db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY x FROM STDIN WITH (FORMAT csv, HEADER true)",
                                csv);
                    }
                    int rows = sql.executeUpdate(step.insert());
                    db.commit();
                    System.out.printf("load-postgresql: %s: %d rows in %.1f s%n", name, rows,
                            (System.nanoTime() - start) / 1e9);
                }
            }
            try (Statement sql = db.createStatement()) {
                db.setAutoCommit(true);
                sql.execute("ANALYZE");
            }
        }
    }
}
