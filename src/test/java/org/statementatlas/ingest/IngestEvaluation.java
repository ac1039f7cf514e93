package org.statementatlas.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.statementatlas.article.ClaimChecker;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Scores the pipeline against the annotated evaluation set ({@code ingest/eval/annotations.json}): precision and recall
 * per field, for the tuning half and the held-apart half separately. Used by {@link IngestEvaluationTest} (which holds
 * the floors) and by {@code bench/ingest-eval.sh} (which prints the table and every miss).
 */
public final class IngestEvaluation {

    /** The fields scored, in table order. */
    public static final List<String> FIELDS = List.of("mentions", "date", "claim values", "claim verdicts",
            "statement link", "quotes", "resolutions", "chrome removed", "body lines kept");

    /** Counts of one field: true positives, false positives, false negatives. */
    public static final class Score {

        int tp;
        int fp;
        int fn;

        public double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        public int tp() {
            return tp;
        }

        public int fp() {
            return fp;
        }

        public int fn() {
            return fn;
        }
    }

    /** Per-field scores of one half, with a line for each miss. */
    public record Report(String half, int articles, Map<String, Score> scores, List<String> misses) {

        public Score get(String field) {
            return scores.get(field);
        }
    }

    private static final IngestPipeline PIPELINE = TestData.pipeline();
    private static final List<StatementLinker.Candidate> CANDIDATES = TestData.candidates();

    private IngestEvaluation() {
    }

    /** The marked-up page with the line markers removed: what a user would paste. */
    static String raw(String annotated) {
        return annotated.lines().map(l -> l.startsWith("[c] ") || l.startsWith("[f] ") ? l.substring(4) : l)
                .collect(Collectors.joining("\n")) + "\n";
    }

    public static Report score(String half) {
        Map<String, Score> scores = new LinkedHashMap<>();
        FIELDS.forEach(f -> scores.put(f, new Score()));
        List<String> misses = new ArrayList<>();
        int articles = 0;
        for (JsonNode gold : TestData.read("/ingest/eval/annotations.json").get("articles")) {
            String file = gold.get("file").asText();
            if (!file.startsWith(half + "/")) {
                continue;
            }
            articles++;
            String annotated = TestData.text("/ingest/eval/" + file);
            IngestResult result = PIPELINE.run(
                    new IngestRequest(raw(annotated), gold.path("url").asText(null), null, null, null, null), CANDIDATES);
            scoreArticle(file, gold, annotated, result, scores, misses);
        }
        return new Report(half, articles, scores, misses);
    }

    private static void scoreArticle(String file, JsonNode gold, String annotated, IngestResult result,
            Map<String, Score> scores, List<String> misses) {
        Set<String> mentions = result.mentions().stream().map(FoundMention::code).collect(Collectors.toSet());
        sets(file, "mentions", strings(gold.get("mentions")), mentions, scores, misses);

        String date = result.publishedOn() == null ? null : result.publishedOn().toString();
        single(file, "date", gold.path("publishedOn").asText(null), date, scores, misses);
        String expectedPrecision = gold.get("precision").asText();
        if (!expectedPrecision.equals(result.datePrecision().name())) {
            misses.add(file + ": date precision " + result.datePrecision() + ", expected " + expectedPrecision);
        }

        String linked = result.link().linked() ? result.link().best().candidate().slug() : null;
        single(file, "statement link", gold.path("statement").asText(null), linked, scores, misses);

        // Claims match by value; a matched claim's verdict is judged on the pipeline's own date and link.
        List<JsonNode> expectedClaims = new ArrayList<>();
        gold.get("claims").forEach(expectedClaims::add);
        Score values = scores.get("claim values");
        Score verdicts = scores.get("claim verdicts");
        for (ClaimExtractor.FoundClaim claim : result.claims()) {
            JsonNode match = expectedClaims.stream().filter(c -> c.get("value").asInt() == claim.value()).findFirst()
                    .orElse(null);
            if (match == null) {
                values.fp++;
                misses.add(file + ": claims: unexpected \"" + claim.phrase() + "\" (" + claim.value() + ")");
                continue;
            }
            expectedClaims.remove(match);
            values.tp++;
            String verdict = verdict(claim, result, linked);
            if (verdict.equals(match.get("verdict").asText())) {
                verdicts.tp++;
            } else {
                verdicts.fp++;
                verdicts.fn++;
                misses.add(file + ": claim verdicts: \"" + claim.phrase() + "\" " + verdict + ", expected "
                        + match.get("verdict").asText());
            }
        }
        for (JsonNode missed : expectedClaims) {
            values.fn++;
            verdicts.fn++;
            misses.add(file + ": claims: missed " + missed.get("value").asInt());
        }

        List<String> quotePrefixes = strings(gold.get("quotes"));
        Score quotes = scores.get("quotes");
        Set<String> matchedPrefixes = new HashSet<>();
        for (QuoteExtractor.FoundQuote quote : result.quotes()) {
            String text = normalize(quote.text());
            String prefix = quotePrefixes.stream().filter(p -> text.startsWith(normalize(p))).findFirst().orElse(null);
            if (prefix == null) {
                quotes.fp++;
                misses.add(file + ": quotes: unexpected \"" + quote.text() + "\"");
            } else {
                matchedPrefixes.add(prefix);
            }
        }
        quotes.tp += matchedPrefixes.size();
        quotePrefixes.stream().filter(p -> !matchedPrefixes.contains(p)).forEach(p -> {
            quotes.fn++;
            misses.add(file + ": quotes: missed \"" + p + "\"");
        });

        sets(file, "resolutions", strings(gold.get("resolutions")), new HashSet<>(result.resolutionsCited()), scores,
                misses);

        // Chrome lines must be gone from the cleaned text; body lines must all be there.
        Set<String> cleaned = result.text().lines().map(String::strip).collect(Collectors.toSet());
        Score removed = scores.get("chrome removed");
        Score kept = scores.get("body lines kept");
        for (String line : annotated.lines().toList()) {
            if (line.startsWith("[c] ")) {
                if (cleaned.contains(line.substring(4).strip())) {
                    removed.fn++;
                    misses.add(file + ": chrome kept: " + line.substring(4));
                } else {
                    removed.tp++;
                }
            } else if (!line.startsWith("[f] ") && !line.isBlank()) {
                if (cleaned.contains(line.strip())) {
                    kept.tp++;
                } else {
                    kept.fn++;
                    misses.add(file + ": body line lost: " + line);
                }
            }
        }
    }

    private static String verdict(ClaimExtractor.FoundClaim claim, IngestResult result, String linked) {
        if (linked == null) {
            return "NO_STATEMENT";
        }
        StatementLinker.Candidate statement = CANDIDATES.stream().filter(c -> c.slug().equals(linked)).findFirst()
                .orElseThrow();
        LocalDate asOf = result.publishedOn();
        ClaimChecker.Tally tally = asOf == null ? null : TestData.tally(statement, asOf);
        return ClaimChecker.judge(claim.value(), claim.qualifier(), claim.counts(), claim.phrase(), tally).verdict()
                .name();
    }

    private static void sets(String file, String field, List<String> expected, Set<String> found,
            Map<String, Score> scores, List<String> misses) {
        Score score = scores.get(field);
        for (String f : found) {
            if (expected.contains(f)) {
                score.tp++;
            } else {
                score.fp++;
                misses.add(file + ": " + field + ": unexpected " + f);
            }
        }
        for (String e : expected) {
            if (!found.contains(e)) {
                score.fn++;
                misses.add(file + ": " + field + ": missed " + e);
            }
        }
    }

    /** A single-valued field: a wrong value is both a false positive and a false negative; two nulls agree. */
    private static void single(String file, String field, String expected, String found, Map<String, Score> scores,
            List<String> misses) {
        Score score = scores.get(field);
        if (Objects.equals(expected, found)) {
            if (expected != null) {
                score.tp++;
            }
            return;
        }
        if (found != null) {
            score.fp++;
        }
        if (expected != null) {
            score.fn++;
        }
        misses.add(file + ": " + field + ": " + found + ", expected " + expected);
    }

    private static String normalize(String s) {
        return s.replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    /** The per-field table of a half, in Markdown. */
    public static String table(Report report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s half, %d articles%n%n", report.half(), report.articles()));
        out.append("| field | precision | recall | TP | FP | FN |\n|---|---|---|---|---|---|\n");
        report.scores().forEach((field, s) -> out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %d | %d | %d |%n",
                field, s.precision(), s.recall(), s.tp, s.fp, s.fn)));
        return out.toString();
    }

    /** Prints the table of each half named (default: both) and, with {@code -v}, every miss. */
    public static void main(String... args) {
        boolean verbose = List.of(args).contains("-v");
        List<String> halves = List.of(args).stream().filter(a -> !a.startsWith("-")).toList();
        for (String half : halves.isEmpty() ? List.of("tuning", "heldout") : halves) {
            Report report = score(half);
            System.out.println(table(report));
            if (verbose) {
                report.misses().forEach(m -> System.out.println("  " + m));
                System.out.println();
            }
        }
    }
}
