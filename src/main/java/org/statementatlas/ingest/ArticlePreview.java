package org.statementatlas.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.article.ClaimChecker;
import org.statementatlas.article.ClaimView;
import org.statementatlas.article.DatePrecision;
import org.statementatlas.article.FindingMethod;
import org.statementatlas.article.LinkMethod;
import org.statementatlas.article.OutletView;
import org.statementatlas.article.SourceArticleView;
import org.statementatlas.article.TextSpanView;
import org.statementatlas.article.Verdict;
import org.statementatlas.country.CountryQueries;
import org.statementatlas.country.CountryView;
import org.statementatlas.pipeline.FoundMention;
import org.statementatlas.pipeline.IngestResult;
import org.statementatlas.pipeline.StatementLinker;
import org.statementatlas.statement.StatementQueries;
import org.statementatlas.statement.StatementView;

/** What ingesting an article would store, computed by the pipeline and stored nowhere: the previewArticle answer. */
@Description("What ingestArticle would store for this input, computed without storing anything: the cleaned text, what was removed, the date, the mentions, the claims with their verdicts and the suggested statement.")
public record ArticlePreview(
        @NonNull @Description("The article body after cleaning, as it would be stored.") String text,
        @NonNull @Description("SHA-256 (hex) of the cleaned text: a stored article with the same hash would be updated.") String contentHash,
        @Description("The article's address, when given or found in the page.") String url,
        @Description("The headline, where known.") String headline,
        @NonNull @Description("The outlet, from the address or the text.") OutletView outlet,
        @Description("The wire agency, e.g. \"AFP\".") String agency,
        @NonNull @Description("Language of the text (ISO 639-1).") String language,
        @Description("Publication date, where known.") LocalDate publishedOn,
        @Description("Publication time with offset, when the article gives one.") OffsetDateTime publishedAt,
        @NonNull @Description("How precisely the publication time is known.") DatePrecision datePrecision,
        @NonNull @Description("Lines of the input that cleaning removed as site chrome (banners, related links, comments), in order.") List<@NonNull String> removedChrome,
        @NonNull @Description("The countries the cleaned text mentions, with every place it does so.") List<@NonNull PreviewMention> mentions,
        @NonNull @Description("The signatory-count claims, checked against the suggested statement's list on the publication date.") List<@NonNull PreviewClaim> claims,
        @Description("The statement the article would be linked to; null when no candidate is close enough.") StatementView suggestedStatement,
        @Description("Confidence of that link in [0, 1]; null when not linked.") Double confidence,
        @NonNull @Description("The best-scoring statements, best first, linked or not, for the editor to choose from.") List<@NonNull LinkCandidate> candidates,
        @NonNull @Description("What the editor should know: fields not found, a close or missing link.") List<@NonNull String> warnings) {

    /** A country the text mentions. */
    @Description("A country the previewed text mentions.")
    public record PreviewMention(
            @NonNull @Description("The country.") CountryView country,
            @Description("How many times it is mentioned.") int count,
            @NonNull @Description("Where, as character offsets into the cleaned text.") List<@NonNull TextSpanView> spans) {
    }

    /** A claim with its verdict. */
    @Description("A signatory-count claim of the previewed text, with its verdict.")
    public record PreviewClaim(
            @NonNull @Description("The words of the claim, e.g. \"47 countries\".") String phrase,
            @Description("The number claimed.") int value,
            @Description("True when the number is hedged (\"nearly\").") boolean approximate,
            @Description("The count on the publication date it is compared with; null when it cannot be checked.") Integer actual,
            @Description("The verdict; null when the article would be linked to no statement.") Verdict verdict,
            @NonNull @Description("Why, in words.") String explanation,
            @Description("Offset of the claim in the cleaned text; null when it is in the headline.") Integer start,
            @Description("Offset just after the claim; null when it is in the headline.") Integer end) {
    }

    /** A statement the article may report. */
    @Description("A statement the previewed article may report, with the linker's confidence.")
    public record LinkCandidate(
            @NonNull @Description("The statement.") StatementView statement,
            @Description("Confidence in [0, 1].") double confidence,
            @NonNull @Description("The signal that decided the score.") LinkMethod method) {
    }

    /** The preview of one pipeline run: three queries, for the countries, the statements and the signatory lists. */
    static ArticlePreview of(String input, IngestService.Preview preview) {
        IngestResult r = preview.result();
        Map<Long, CountryView> countries = CountryQueries.byIds(r.mentions().stream()
                .map(m -> preview.countryIds().get(m.code())).filter(Objects::nonNull).toList())
                .stream().collect(Collectors.toMap(CountryView::id, Function.identity()));
        List<PreviewMention> mentions = new ArrayList<>();
        for (FoundMention found : r.mentions()) {
            CountryView country = countries.get(preview.countryIds().get(found.code()));
            if (country != null) {
                mentions.add(new PreviewMention(country, found.count(), found.spans().stream()
                        .map(s -> new TextSpanView(s.start(), s.end(), s.matchedAs())).toList()));
            }
        }
        List<StatementLinker.Score> top = r.link().top() == null ? List.of() : r.link().top();
        Map<Long, StatementView> statements = StatementQueries.byIds(top.stream().map(s -> s.candidate().id()).toList())
                .stream().collect(Collectors.toMap(StatementView::id, Function.identity()));
        StatementView linked = r.link().linked() ? statements.get(r.link().best().candidate().id()) : null;
        SourceArticleView article = new SourceArticleView(null, r.url() == null ? "urn:sha256:" + r.contentHash() : r.url(),
                r.headline(), r.outletName(), r.outletDomain(), r.creditedOutlet(), r.agency(), r.publishedOn(),
                r.publishedAt(), r.datePrecision(), r.language(), r.text(), r.contentHash(), null, 0, FindingMethod.PIPELINE,
                FindingMethod.PIPELINE);
        List<ClaimView> checked = ClaimChecker.check(r.claims().stream()
                .map(c -> new ClaimChecker.Stored(null, article, linked, c.phrase(), c.value(), c.approximate(), c.qualifier(),
                        c.counts(), c.inHeadline(), c.inHeadline() ? null : c.start(), c.inHeadline() ? null : c.end(),
                        FindingMethod.PIPELINE))
                .toList());
        List<PreviewClaim> claims = checked.stream().map(c -> new PreviewClaim(c.phrase(), c.value(), c.approximate(),
                c.actualOnPublication(), c.verdict(), c.explanation(), c.start(), c.end())).toList();
        List<LinkCandidate> candidates = top.stream().filter(s -> statements.containsKey(s.candidate().id()))
                .map(s -> new LinkCandidate(statements.get(s.candidate().id()), s.confidence(), s.method())).toList();
        Double confidence = linked == null ? null : r.link().best().confidence();
        return new ArticlePreview(r.text(), r.contentHash(), r.url(), r.headline(), article.outlet(), r.agency(),
                r.language(), r.publishedOn(), r.publishedAt(), r.datePrecision(), removedLines(input, r.text()), mentions,
                claims, linked, confidence, candidates, r.warnings());
    }

    /** The non-blank lines of the input that are not in the cleaned text. */
    static List<String> removedLines(String input, String cleaned) {
        Set<String> kept = Arrays.stream(cleaned.split("\n")).map(String::strip).collect(Collectors.toSet());
        Set<String> removed = new LinkedHashSet<>();
        for (String line : input.split("\n")) {
            String text = line.strip();
            if (!text.isEmpty() && !kept.contains(text)) {
                removed.add(text);
            }
        }
        return List.copyOf(removed);
    }
}
