package org.statementatlas.article;

import org.statementatlas.OnPostgreSQL;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link SourceArticleQueryTest} on PostgreSQL: article filters (text included), orderings and paging. */
@QuarkusTest
@TestProfile(OnPostgreSQL.class)
class SourceArticleQueryOnPostgreSQLTest extends SourceArticleQueryTest {
}
