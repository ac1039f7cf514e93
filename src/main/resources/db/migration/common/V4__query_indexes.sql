-- Indexes for the filters and orderings of the statements, countries and sourceArticles queries.
-- "Contains" text filters (LIKE '%...%') cannot use a B-tree index; with this dataset's size they scan.

CREATE INDEX ix_statement_title ON statement (title, id);
CREATE INDEX ix_statement_kind ON statement (kind, issued_on);
CREATE INDEX ix_country_code_kind ON country (kind, name);
CREATE INDEX ix_country_region ON country (region, name);
CREATE INDEX ix_group_membership_group ON group_membership (group_id, country_id);
CREATE INDEX ix_source_article_outlet ON source_article (outlet_name, id);
CREATE INDEX ix_source_article_domain ON source_article (outlet_domain);
