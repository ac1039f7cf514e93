package org.statementatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.statementatlas.article.MatchKind;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target for the article pipeline without its database: chrome stripping, metadata, date, mention, claim,
 * quote and resolution extraction on arbitrary text. Every step must return (no exception), and every offset it
 * reports must lie inside the text it was given. {@code ./mvnw test} replays the committed inputs in
 * src/test/resources/org/statementatlas/ingest/ArticlePipelineFuzzTestInputs; {@code bench/fuzz.sh} fuzzes.
 */
class ArticlePipelineFuzzTest {

    private static final SiteChromeStripper STRIPPER = new SiteChromeStripper();
    private static final DateExtractor DATES = new DateExtractor();
    private static final MetadataExtractor METADATA = new MetadataExtractor(Map.of("reuters.com", "Reuters"),
            STRIPPER, DATES);
    private static final ClaimExtractor CLAIMS = new ClaimExtractor();
    private static final QuoteExtractor QUOTES = new QuoteExtractor();
    private static final ResolutionExtractor RESOLUTIONS = new ResolutionExtractor();
    private static final MentionExtractor MENTIONS = new MentionExtractor(List.of(
            new CountryTerm("KP", "North Korea", MatchKind.NAME), new CountryTerm("KP", "DPRK", MatchKind.ALIAS),
            new CountryTerm("KP", "North Korean", MatchKind.DEMONYM), new CountryTerm("KP", "Pyongyang",
                    MatchKind.CAPITAL),
            new CountryTerm("RU", "Russia", MatchKind.NAME), new CountryTerm("RU", "Moscow", MatchKind.CAPITAL),
            new CountryTerm("US", "United States", MatchKind.NAME), new CountryTerm("US", "U.S.", MatchKind.ALIAS),
            new CountryTerm("GE", "Georgia", MatchKind.NAME), new CountryTerm("TD", "Chad", MatchKind.NAME)));

    @FuzzTest(maxDuration = "60s")
    void everyStepAcceptsAnyText(FuzzedDataProvider data) {
        String url = data.consumeString(120);
        String headline = data.consumeString(200);
        String raw = data.consumeRemainingAsString();

        String cleaned = STRIPPER.strip(raw);
        METADATA.extract(raw, cleaned, url);
        DATES.fromUrl(url);
        for (DateExtractor.FoundDate date : DATES.findAll(cleaned)) {
            inside(date.start(), date.end(), cleaned);
        }
        DATES.relativeDays(cleaned, LocalDate.of(2024, 1, 12));
        for (FoundMention mention : MENTIONS.extract(cleaned)) {
            for (FoundMention.Span span : mention.spans()) {
                inside(span.start(), span.end(), cleaned);
            }
        }
        for (ClaimExtractor.FoundClaim claim : CLAIMS.extract(headline, cleaned)) {
            assertTrue(claim.value() >= 0, claim::toString);
            inside(claim.start(), claim.end(), claim.inHeadline() ? headline : cleaned);
        }
        for (QuoteExtractor.FoundQuote quote : QUOTES.extract(cleaned)) {
            inside(quote.start(), quote.end(), cleaned);
        }
        RESOLUTIONS.extract(cleaned);
    }

    @FuzzTest(maxDuration = "60s")
    void strippingIsIdempotentOnItsOwnOutput(FuzzedDataProvider data) {
        String raw = data.consumeRemainingAsString();
        String cleaned = STRIPPER.strip(raw);
        assertEquals(cleaned, STRIPPER.strip(cleaned));
    }

    private static void inside(int start, int end, String text) {
        assertTrue(0 <= start && start <= end && end <= text.length(),
                () -> "[" + start + ", " + end + ") outside a text of " + text.length());
    }
}
