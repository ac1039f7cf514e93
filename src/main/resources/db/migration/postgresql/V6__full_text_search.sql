-- PostgreSQL full-text search for the text filters and search of statements and articles (Conditions.text,
-- SearchApi). Each index is built on the expression FullTextFunction renders, so that the planner uses it: the
-- columns joined with spaces, as a 'simple' tsvector (lower-cased words, no stemming). H2 keeps LIKE scans.

CREATE INDEX ix_statement_fulltext ON statement USING gin
    (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(text, '')));
CREATE INDEX ix_source_article_fulltext ON source_article USING gin
    (to_tsvector('simple', coalesce(headline, '') || ' ' || coalesce(text, '')));
CREATE INDEX ix_source_article_outlet_fulltext ON source_article USING gin
    (to_tsvector('simple', coalesce(outlet_name, '')));

-- search's exact matches on articles, which it compares case-insensitively.
CREATE INDEX ix_source_article_outlet_lower ON source_article (lower(outlet_name));
CREATE INDEX ix_source_article_domain_lower ON source_article (lower(outlet_domain));
CREATE INDEX ix_source_article_url_lower ON source_article (lower(url));
