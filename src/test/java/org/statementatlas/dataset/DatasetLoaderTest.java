package org.statementatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DatasetLoaderTest {

    @Inject
    DatasetLoader loader;

    @Inject
    EntityManager em;

    @Test
    void loadingAgainIntoAPopulatedDatabaseChangesNothing() {
        Map<String, Long> before = rowCounts();
        assertFalse(loader.loadIfEmpty(), "the dataset is already loaded at start");
        assertEquals(before, rowCounts());
    }

    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("country", "country_alias", "country_group", "group_membership", "statement",
                "statement_source", "statement_resolution", "signature", "source_article", "article_statement_link", "mention",
                "mention_span", "claim", "quote", "source_article_resolution")) {
            counts.put(table, ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
        }
        return counts;
    }
}
