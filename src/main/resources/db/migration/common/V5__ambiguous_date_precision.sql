-- A slashed date that reads both day-first and month-first, with nothing on the page to decide, is AMBIGUOUS.
ALTER TABLE source_article DROP CONSTRAINT ck_source_article_precision;
ALTER TABLE source_article ADD CONSTRAINT ck_source_article_precision
    CHECK (date_precision IN ('DATE', 'DATE_TIME', 'AMBIGUOUS', 'UNKNOWN'));
