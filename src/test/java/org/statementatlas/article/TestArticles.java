package org.statementatlas.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Stores an article of a test's own, so that deleting one never touches the five the dataset tests count.
 * There is no mutation that creates articles (ingestion does), so it goes straight to the database.
 */
public final class TestArticles {

    private TestArticles() {
    }

    /** Stores a new article and returns its global id. */
    public static String insert() {
        return QuarkusTransaction.requiringNew().call(() -> {
            String suffix = UUID.randomUUID().toString();
            SourceArticle article = new SourceArticle();
            article.url = "https://example.org/test/" + suffix;
            article.headline = "Test article " + suffix;
            article.outlet = new Outlet("Example", "example.org");
            article.publishedOn = LocalDate.of(2024, 3, 2);
            article.datePrecision = DatePrecision.DATE;
            article.language = "en";
            article.text = "A test article " + suffix;
            article.contentHash = suffix.replace("-", "") + "00000000000000000000000000000000";
            article.ingestedAt = Instant.now();
            article.persist();
            return article.getGlobalId();
        });
    }
}
