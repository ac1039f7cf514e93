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
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.statementatlas.article.ClaimChecker;
import org.statementatlas.pipeline.ClaimExtractor;
import org.statementatlas.pipeline.FoundMention;
import org.statementatlas.pipeline.HtmlPage;
import org.statementatlas.pipeline.IngestPipeline;
import org.statementatlas.pipeline.IngestRequest;
import org.statementatlas.pipeline.IngestResult;
import org.statementatlas.pipeline.QuoteExtractor;
import org.statementatlas.pipeline.StatementLinker;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Scores the pipeline against the annotated evaluation set ({@code ingest/eval/annotations.json}, and
 * {@code ingest/eval/blind/annotations.json} for the blind half): precision and recall per field and the articles fully
 * right, for the tuning, held-apart and blind halves separately. Used by {@link IngestEvaluationTest} (which holds the
 * floors) and by {@code bench/ingest-eval.sh} (which prints the table and every miss).
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

    /** Per-field scores of one half, the articles with every field right, and a line for each miss. */
    public record Report(String half, int articles, int fullyRight, Map<String, Score> scores, List<String> misses) {

        public Score get(String field) {
            return scores.get(field);
        }
    }

    /** The gold marks of an HTML article, removed (with the space before them) from the page the pipeline reads. */
    private static final Pattern GOLD_ATTRIBUTE = Pattern
            .compile("\\s+data-gold\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+)");

    private static final IngestPipeline PIPELINE = TestData.pipeline();
    private static final List<StatementLinker.Candidate> CANDIDATES = TestData.candidates();

    private IngestEvaluation() {
    }

    /** The marked-up page with the line markers removed: what a user would paste. */
    static String raw(String annotated) {
        return annotated.lines().map(l -> l.startsWith("[c] ") || l.startsWith("[f] ") ? l.substring(4) : l)
                .collect(Collectors.joining("\n")) + "\n";
    }

    /** An annotated article: the page a user would paste, and its gold chrome and body lines. */
    record Annotated(String raw, boolean html, List<String> chrome, List<String> body) {
    }

    /**
     * Reads an annotated article. In text, a line starting {@code [c] } is chrome and {@code [f] } may go either way. In
     * HTML, an element with {@code data-gold="c"} is chrome and one with {@code data-gold="f"} may go either way; the
     * body is the rest of the page's text. Lines of HTML are its blocks, as {@link HtmlPage#lines} reads them.
     */
    static Annotated annotated(String file, String content) {
        List<String> chrome = new ArrayList<>();
        List<String> body = new ArrayList<>();
        if (!file.endsWith(".html")) {
            for (String line : content.lines().toList()) {
                if (line.startsWith("[c] ")) {
                    chrome.add(collapse(line.substring(4)));
                } else if (!line.startsWith("[f] ") && !line.isBlank()) {
                    body.add(collapse(line));
                }
            }
            return new Annotated(raw(content), false, chrome, body);
        }
        Document doc = Jsoup.parse(content);
        for (Element marked : doc.select("[data-gold=c]")) {
            if (marked.parents().stream().noneMatch(p -> p.hasAttr("data-gold"))) {
                Element copy = marked.clone();
                copy.select("[data-gold=f]").remove();
                chrome.addAll(HtmlPage.lines(copy));
            }
        }
        doc.select("[data-gold]").remove();
        body.addAll(HtmlPage.lines(doc.body()));
        return new Annotated(GOLD_ATTRIBUTE.matcher(content).replaceAll(""), true, chrome, body);
    }

    public static Report score(String half) {
        Map<String, Score> scores = new LinkedHashMap<>();
        FIELDS.forEach(f -> scores.put(f, new Score()));
        List<String> misses = new ArrayList<>();
        int articles = 0;
        int fullyRight = 0;
        String annotations = half.equals("blind") ? "/ingest/eval/blind/annotations.json" : "/ingest/eval/annotations.json";
        for (JsonNode gold : TestData.read(annotations).get("articles")) {
            String file = gold.get("file").asText();
            if (!file.startsWith(half + "/")) {
                continue;
            }
            articles++;
            Annotated article = annotated(file, TestData.text("/ingest/eval/" + file));
            String url = gold.path("url").asText(null);
            IngestRequest request = article.html()
                    ? HtmlPage.toRequest(article.raw(), url, null, null, null, null)
                    : new IngestRequest(article.raw(), url, null, null, null, null);
            int missesBefore = misses.size();
            scoreArticle(file, gold, article, PIPELINE.run(request, CANDIDATES), scores, misses);
            if (misses.size() == missesBefore) {
                fullyRight++;
            }
        }
        return new Report(half, articles, fullyRight, scores, misses);
    }

    private static void scoreArticle(String file, JsonNode gold, Annotated article, IngestResult result,
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
        Set<String> cleaned = result.text().lines().map(IngestEvaluation::collapse).collect(Collectors.toSet());
        Score removed = scores.get("chrome removed");
        Score kept = scores.get("body lines kept");
        for (String line : article.chrome()) {
            if (cleaned.contains(line)) {
                removed.fn++;
                misses.add(file + ": chrome kept: " + line);
            } else {
                removed.tp++;
            }
        }
        for (String line : article.body()) {
            if (cleaned.contains(line)) {
                kept.tp++;
            } else {
                kept.fn++;
                misses.add(file + ": body line lost: " + line);
            }
        }
    }

    private static String collapse(String line) {
        return line.replaceAll("[\\s\u00A0]+", " ").strip();
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
        out.append(String.format(Locale.ROOT, "%s half, %d articles, %d fully right (%.1f %%)%n%n", report.half(),
                report.articles(), report.fullyRight(), 100.0 * report.fullyRight() / Math.max(1, report.articles())));
        out.append("| field | precision | recall | TP | FP | FN |\n|---|---|---|---|---|---|\n");
        report.scores().forEach((field, s) -> out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %d | %d | %d |%n",
                field, s.precision(), s.recall(), s.tp, s.fp, s.fn)));
        return out.toString();
    }

    /**
     * Prints the table of each half named (default: tuning and heldout; the blind half only when named) and, with
     * {@code -v}, every miss.
     */
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
