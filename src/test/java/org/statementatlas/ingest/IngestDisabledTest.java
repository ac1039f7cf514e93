package org.statementatlas.ingest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.statementatlas.graphql.GraphQL.ok;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.statementatlas.graphql.Editor;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With atlas.ingest.enabled=false the mutation refuses even an editor and stores nothing. */
@QuarkusTest
@TestProfile(IngestDisabledTest.Disabled.class)
class IngestDisabledTest {

    public static class Disabled implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("atlas.ingest.enabled", "false");
        }
    }

    @Test
    void ingestArticleIsForbiddenAndWritesNothing() {
        String url = "https://example.org/disabled";
        Editor.mutate("mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }", "input",
                Map.of("text", "Forty-eight countries condemned the transfer of North Korean missiles to Russia on Tuesday.",
                        "url", url))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("atlas.ingest.enabled"));
        ok("query($url: String) { sourceArticle(url: $url) { id } }", "url", url).body("data.sourceArticle", nullValue());
    }
}
