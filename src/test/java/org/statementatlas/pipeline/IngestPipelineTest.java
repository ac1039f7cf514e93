package org.statementatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.statementatlas.article.ClaimChecker;
import org.statementatlas.article.ClaimUnit;
import org.statementatlas.article.Verdict;
import org.statementatlas.ingest.TestData;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The pipeline against hand-written gold annotations ({@code ingest/gold.json}): the five bundled articles and nine
 * written for other layouts (wire stories, all capitals, odd whitespace, inline related boxes, no chrome, an article
 * about no stored statement, person names and "Georgia"). Runs without Quarkus, the dictionary and statements taken
 * from the bundled dataset files.
 */
class IngestPipelineTest {

    private static final Logger LOG = Logger.getLogger(IngestPipelineTest.class);
    private static final IngestPipeline PIPELINE = TestData.pipeline();
    private static final List<StatementLinker.Candidate> CANDIDATES = TestData.candidates();

    record Gold(String set, String resource, JsonNode input, JsonNode expect) {

        @Override
        public String toString() {
            return resource;
        }
    }

    static Stream<Gold> gold() {
        return StreamSupport.stream(TestData.read("/ingest/gold.json").get("articles").spliterator(), false)
                .map(a -> new Gold(a.get("set").asText(), a.get("resource").asText(), a.get("input"), a.get("expect")));
    }

    private static IngestResult run(Gold gold) {
        String url = gold.input().path("url").asText(null);
        return PIPELINE.run(new IngestRequest(TestData.text(gold.resource()), url, null, null, null, null), CANDIDATES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gold")
    void cleanedTextStartsAndEndsWhereTheArticleDoes(Gold gold) {
        IngestResult result = run(gold);
        assertTrue(result.text().startsWith(gold.expect().get("first").asText()), () -> "starts: " + result.text());
        assertTrue(result.text().endsWith(gold.expect().get("last").asText()), () -> "ends: " + result.text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gold")
    void extractsHeadlineDateOutletAndAgency(Gold gold) {
        IngestResult result = run(gold);
        JsonNode e = gold.expect();
        assertAll(() -> assertEquals(text(e, "headline"), result.headline(), "headline"),
                () -> assertEquals(text(e, "publishedOn"), string(result.publishedOn()), "publishedOn"),
                () -> assertEquals(text(e, "precision"), result.datePrecision().name(), "precision"),
                () -> assertEquals(text(e, "publishedAt"), string(result.publishedAt()), "publishedAt"),
                () -> assertEquals(text(e, "outlet"), result.outletName(), "outlet"),
                () -> assertEquals(text(e, "outletDomain"), result.outletDomain(), "outletDomain"),
                () -> assertEquals(text(e, "creditedOutlet"), result.creditedOutlet(), "creditedOutlet"),
                () -> assertEquals(text(e, "agency"), result.agency(), "agency"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gold")
    void findsExactlyTheMentionedCountries(Gold gold) {
        assertEquals(new TreeSet<>(strings(gold.expect().get("mentions"))), new TreeSet<>(codes(run(gold))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gold")
    void findsTheClaimsResolutionsAndStatement(Gold gold) {
        IngestResult result = run(gold);
        List<String> expected = new ArrayList<>();
        gold.expect().get("claims").forEach(c -> expected.add(c.get("phrase").asText() + "|" + c.get("value").asInt() + "|"
                + c.get("approximate").asBoolean() + "|" + c.get("counts").asText()));
        List<String> actual = result.claims().stream()
                .map(c -> c.phrase() + "|" + c.value() + "|" + c.approximate() + "|" + c.counts()).toList();
        assertAll(() -> assertEquals(expected, actual, "claims"),
                () -> assertEquals(strings(gold.expect().get("resolutions")), result.resolutionsCited(), "resolutions"),
                () -> assertEquals(text(gold.expect(), "linkedStatement"),
                        result.link().linked() ? result.link().best().candidate().slug() : null, "linked statement"),
                () -> assertTrue(result.link().best() == null || result.link().best().confidence() >= 0
                        && result.link().best().confidence() <= 1, "confidence in [0, 1]"));
    }

    /** The verdicts, judged on the curated publication dates of the facts file (the dataset's own dates). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("gold")
    void bundledClaimsGetTheirVerdicts(Gold gold) {
        if (!gold.set().equals("bundled")) {
            return;
        }
        JsonNode facts = StreamSupport.stream(TestData.read("/dataset/reference-facts.json").get("articles").spliterator(),
                false).filter(a -> gold.resource().endsWith(a.get("file").asText())).findFirst().orElseThrow();
        LocalDate published = facts.hasNonNull("publishedAt")
                ? LocalDate.parse(facts.get("publishedAt").asText().substring(0, 10))
                : LocalDate.parse(facts.get("publishedOn").asText());
        StatementLinker.Candidate statement = CANDIDATES.stream()
                .filter(c -> c.slug().equals(facts.get("reports").get(0).asText())).findFirst().orElseThrow();
        IngestResult result = run(gold);
        JsonNode expected = gold.expect().get("claims");
        for (int i = 0; i < expected.size(); i++) {
            ClaimExtractor.FoundClaim claim = result.claims().get(i);
            ClaimChecker.Check check = ClaimChecker.judge(claim.value(), claim.qualifier(), claim.counts(), claim.phrase(),
                    TestData.tally(statement, published));
            assertEquals(Verdict.valueOf(expected.get(i).get("verdict").asText()), check.verdict(), check.explanation());
        }
    }

    @Test
    void mentionPrecisionAndRecall() {
        Map<String, int[]> counts = new HashMap<>();
        gold().forEach(gold -> {
            Set<String> expected = new HashSet<>(strings(gold.expect().get("mentions")));
            Set<String> found = new HashSet<>(codes(run(gold)));
            int[] c = counts.computeIfAbsent(gold.set(), k -> new int[3]);
            c[0] += (int) found.stream().filter(expected::contains).count();
            c[1] += (int) found.stream().filter(f -> !expected.contains(f)).count();
            c[2] += (int) expected.stream().filter(g -> !found.contains(g)).count();
        });
        counts.forEach((set, c) -> {
            double precision = (double) c[0] / (c[0] + c[1]);
            double recall = (double) c[0] / (c[0] + c[2]);
            LOG.infof("Mentions on the %s articles: precision %.3f, recall %.3f (%d true, %d false positives, %d missed)",
                    set, precision, recall, c[0], c[1], c[2]);
            assertTrue(precision >= 0.95 && recall >= 0.95, set + ": precision " + precision + ", recall " + recall);
        });
        assertEquals(Set.of("bundled", "own"), counts.keySet());
    }

    private static List<String> codes(IngestResult result) {
        return result.mentions().stream().map(FoundMention::code).toList();
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).collect(Collectors.toList());
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    @Test
    void unitsAreWhatTheClaimsCount() {
        assertEquals(ClaimUnit.MINISTERS, new ClaimExtractor().extract(null, "joined by 47 foreign ministers today")
                .get(0).counts());
    }
}
