-- Bulk load of the CSV files that ScaleData.java writes (@DIR@ is replaced by their directory). Run on a
-- database that Flyway migrated and the bundled dataset filled; rows refer to countries by code and to
-- statements by slug, so the generated files need no database ids.

INSERT INTO statement (slug, title, kind, issued_on, issued_in, summary)
SELECT slug, title, kind, CAST(issued_on AS DATE), issued_in, summary
FROM CSVREAD('@DIR@/statements.csv', NULL, 'charset=UTF-8');

INSERT INTO signature (statement_id, country_id, first_listed_on, disputed)
SELECT s.id, c.id, CAST(x.first_listed_on AS DATE), CAST(x.disputed AS BOOLEAN)
FROM CSVREAD('@DIR@/signatures.csv', NULL, 'charset=UTF-8') x
JOIN statement s ON s.slug = x.slug
JOIN country c ON c.code = x.code;

INSERT INTO source_article (url, headline, outlet_name, outlet_domain, published_on, date_precision, language, text,
    content_hash, ingested_at)
SELECT url, headline, outlet_name, outlet_domain, CAST(published_on AS DATE), 'DATE', 'en', text, content_hash,
    TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'
FROM CSVREAD('@DIR@/articles.csv', NULL, 'charset=UTF-8');

INSERT INTO article_statement_link (article_id, statement_id, confidence, method)
SELECT a.id, s.id, CAST(x.confidence AS DOUBLE PRECISION), 'COMBINED'
FROM CSVREAD('@DIR@/links.csv', NULL, 'charset=UTF-8') x
JOIN source_article a ON a.url = x.url
JOIN statement s ON s.slug = x.slug;

INSERT INTO mention (article_id, country_id, mention_count, matched_as)
SELECT a.id, c.id, CAST(x.mention_count AS INT), 'NAME'
FROM CSVREAD('@DIR@/mentions.csv', NULL, 'charset=UTF-8') x
JOIN source_article a ON a.url = x.url
JOIN country c ON c.code = x.code;

INSERT INTO mention_span (mention_id, position, start_offset, end_offset, matched_as)
SELECT m.id, CAST(x.position AS INT), CAST(x.start_offset AS INT), CAST(x.end_offset AS INT), 'NAME'
FROM CSVREAD('@DIR@/spans.csv', NULL, 'charset=UTF-8') x
JOIN source_article a ON a.url = x.url
JOIN country c ON c.code = x.code
JOIN mention m ON m.article_id = a.id AND m.country_id = c.id;

INSERT INTO claim (article_id, statement_id, position, phrase, claimed_value, approximate, counts, in_headline,
    start_offset, end_offset)
SELECT a.id, s.id, 0, x.phrase, CAST(x.claimed_value AS INT), FALSE, 'COUNTRIES', FALSE, CAST(x.start_offset AS INT),
    CAST(x.end_offset AS INT)
FROM CSVREAD('@DIR@/claims.csv', NULL, 'charset=UTF-8') x
JOIN source_article a ON a.url = x.url
JOIN statement s ON s.slug = x.slug;

