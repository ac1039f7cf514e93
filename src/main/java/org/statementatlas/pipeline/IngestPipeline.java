package org.statementatlas.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.statementatlas.article.DatePrecision;
import org.statementatlas.graphql.error.BadUserInputException;
import org.statementatlas.graphql.input.InputText;

/**
 * Turns raw article text into an {@link IngestResult}: validate, strip site chrome, extract metadata, mentions, claims,
 * quotes and resolutions, then link to a statement. Plain Java with no database or framework, so it is unit-tested and
 * benchmarked on its own; {@code ingest.IngestService} feeds it the dictionary and candidates and stores the result.
 * Thread-safe once built.
 */
public final class IngestPipeline {

    /** Largest accepted text, in UTF-8 bytes. */
    public static final int MAX_TEXT_BYTES = 200 * 1024;

    private static final Pattern LETTER_WORD = Pattern.compile("\\p{L}{2,}");
    private static final int MIN_WORDS = 8;
    /** A token that reads as a word: letters (with apostrophes or hyphens), then punctuation, at most 40 long. */
    private static final Pattern WORD_LIKE = Pattern
            .compile("[\"'(\u201C\u2018\u00AB]*[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.\\-/&]{0,39}[\\p{P}\\p{S}]*");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}'\u2019\\-]*\\p{P}*");
    private static final Pattern VOWEL = Pattern.compile("(?i)[aeiouy\u00C0-\u00FF]");

    private final SiteChromeStripper stripper = new SiteChromeStripper();
    private final DateExtractor dates = new DateExtractor();
    private final MetadataExtractor metadata;
    private final MentionExtractor mentions;
    private final ClaimExtractor claims = new ClaimExtractor();
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final ResolutionExtractor resolutions = new ResolutionExtractor();
    private final StatementLinker linker;

    /**
     * @param terms the country dictionary (names, aliases, demonyms, capitals)
     * @param outletsByDomain known outlet names by web domain
     */
    public IngestPipeline(Collection<CountryTerm> terms, Map<String, String> outletsByDomain) {
        this.mentions = new MentionExtractor(terms);
        this.metadata = new MetadataExtractor(outletsByDomain, stripper, dates);
        this.linker = new StatementLinker(mentions);
    }

    public MentionExtractor mentions() {
        return mentions;
    }

    /** Runs every step; throws {@link BadUserInputException} for input that is not an article, before any work. */
    public IngestResult run(IngestRequest request, List<StatementLinker.Candidate> candidates) {
        validate(request.text());
        String text = stripper.strip(request.text());
        validateCleaned(text);
        List<String> warnings = new ArrayList<>();

        MetadataExtractor.Metadata meta = metadata.extract(request.text(), text, request.url());
        warnings.addAll(meta.warnings());
        String headline = InputText.orElse(request.headline(), meta.headline());
        LocalDate publishedOn = meta.publishedOn();
        OffsetDateTime publishedAt = meta.publishedAt();
        DatePrecision precision = meta.precision();
        if (request.publishedOn() != null) {
            if (request.publishedAt() != null && request.publishedAt().toLocalDate().equals(request.publishedOn())) {
                publishedAt = request.publishedAt();
                precision = DatePrecision.DATE_TIME;
            } else if (publishedAt == null || !publishedAt.toLocalDate().equals(request.publishedOn())) {
                publishedAt = null;
                precision = DatePrecision.DATE;
            }
            publishedOn = request.publishedOn();
        }
        String outletName = InputText.orElse(request.outlet(), meta.outletName());
        String outletDomain = meta.outletDomain();
        if (outletName == null) {
            outletName = meta.agency() != null ? meta.agency() : "Unknown";
            warnings.add("No outlet found in the text or URL; stored as \"" + outletName + "\". Pass 'outlet' to set it.");
        }
        String language = InputText.orElse(request.language(), "en").toLowerCase(Locale.ROOT);

        List<FoundMention> found = mentions.extract(text);
        List<ClaimExtractor.FoundClaim> foundClaims = claims.extract(headline, text);
        List<QuoteExtractor.FoundQuote> foundQuotes = quotes.extract(text);
        List<String> foundResolutions = resolutions.extract(text);

        // Dates the body names (explicitly or as "on Tuesday") help to tell which statement it reports.
        Set<LocalDate> mentionedDates = new HashSet<>();
        dates.findAll(text).forEach(d -> mentionedDates.add(d.date()));
        meta.relativeDates().forEach(d -> mentionedDates.add(d.date()));
        if (request.publishedOn() != null) {
            dates.relativeDays(text, publishedOn).forEach(d -> mentionedDates.add(d.date()));
        }
        StatementLinker.Article article = new StatementLinker.Article(headline, text, publishedOn, mentionedDates,
                found.stream().map(FoundMention::code).collect(Collectors.toSet()), foundClaims,
                foundQuotes.stream().map(QuoteExtractor.FoundQuote::text).toList(), foundResolutions);
        StatementLinker.Decision decision = linker.link(article, candidates);
        if (publishedOn == null && meta.unplaced() != null && decision.linked()) {
            // A day and month with no year anywhere in the text: the reading on or after the reported statement's date.
            LocalDate issued = decision.best().candidate().issuedOn();
            LocalDate placed = YearlessDates.nearest(meta.unplaced(), issued, 1).orElse(null);
            if (placed != null) {
                publishedOn = placed;
                precision = DatePrecision.DATE;
                warnings.add("The publication date is printed without a year; " + placed
                        + " is the first such day on or after the statement the article reports ("
                        + decision.best().candidate().slug() + ", " + issued + ").");
                dates.relativeDays(text, publishedOn).forEach(d -> mentionedDates.add(d.date()));
                article = new StatementLinker.Article(headline, text, publishedOn, mentionedDates, article.mentionedCodes(),
                        foundClaims, article.quotes(), foundResolutions);
                decision = linker.link(article, candidates);
            }
        }
        if (decision.best() == null) {
            warnings.add("There are no statements to link the article to.");
        } else if (!decision.linked()) {
            warnings.add(String.format(Locale.ROOT,
                    "Not linked to a statement: the closest, '%s', scored %.2f, below the threshold of %.2f.",
                    decision.best().candidate().slug(), decision.best().confidence(), StatementLinker.THRESHOLD));
        } else if (decision.runnerUp() != null
                && decision.best().confidence() - decision.runnerUp().confidence() < 0.05) {
            warnings.add(String.format(Locale.ROOT, "Linked to '%s' (%.2f), but '%s' scored nearly as high (%.2f).",
                    decision.best().candidate().slug(), decision.best().confidence(),
                    decision.runnerUp().candidate().slug(), decision.runnerUp().confidence()));
        }
        if (decision.best() != null && (!decision.linked() || publishedOn == null || decision.runnerUp() != null
                && decision.best().confidence() - decision.runnerUp().confidence() < 0.1)) {
            warnings.add("Top candidates for an editor to confirm: " + decision.top().stream()
                    .map(s -> String.format(Locale.ROOT, "%s (%.2f)", s.candidate().slug(), s.confidence()))
                    .collect(Collectors.joining(", ")) + ".");
        }
        if (publishedOn == null) {
            warnings.add(meta.unplaced() != null
                    ? "The publication date is printed without a year (" + meta.unplaced().getDayOfMonth() + " "
                            + meta.unplaced().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                            + ") and nothing places it in one (precision AMBIGUOUS); claims cannot be checked"
                            + " (verdict UNKNOWN_DATE). Pass 'publishedOn' to set it."
                    : "No publication date found; claims cannot be checked (verdict UNKNOWN_DATE). Pass 'publishedOn' to set it.");
        }
        return new IngestResult(text, ContentHash.of(text), InputText.stripToNull(request.url()), headline, publishedOn,
                publishedAt, precision, outletName, outletDomain, meta.creditedOutlet(), meta.agency(), language, found,
                foundClaims, foundQuotes, foundResolutions, decision, List.copyOf(warnings));
    }

    /** Rejects empty, oversized and binary input with a message that says what is wrong. */
    public static void validate(String text) {
        if (text == null || text.isBlank()) {
            throw new BadUserInputException("The text is empty.", "input.text");
        }
        // Every char is at least one UTF-8 byte: a longer string is too large without encoding it.
        if (text.length() > MAX_TEXT_BYTES || text.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw new BadUserInputException("The text is larger than " + (MAX_TEXT_BYTES / 1024)
                    + " KB (UTF-8); send one article at a time.", "input.text");
        }
        int control = 0;
        int replacement = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || Character.isSurrogate(c) && !validSurrogate(text, i)) {
                throw new BadUserInputException("The text contains binary data (a NUL or broken UTF-16 character); "
                        + "send plain text.", "input.text");
            }
            if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
            if (c == '\uFFFD') {
                replacement++;
            }
        }
        if (control + replacement > Math.max(2, text.length() / 100)) {
            throw new BadUserInputException("The text looks like binary data (" + (control + replacement)
                    + " control or undecodable characters); send plain text.", "input.text");
        }
    }

    private static boolean validSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** Rejects text that has no prose left once site chrome is gone. */
    static void validateCleaned(String cleaned) {
        if (cleaned.isBlank()) {
            throw new BadUserInputException("Nothing is left of the text once site chrome (menus, ads, comments) is removed.",
                    "input.text");
        }
        long words = LETTER_WORD.matcher(cleaned).results().count();
        long letters = cleaned.chars().filter(Character::isLetter).count();
        long visible = cleaned.chars().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count();
        String[] tokens = cleaned.strip().split("[\\s\u00A0]+");
        long wordLike = Arrays.stream(tokens).filter(t -> WORD_LIKE.matcher(t).matches()).count();
        long latin = Arrays.stream(tokens).filter(t -> LATIN.matcher(t).matches()).count();
        long voiced = Arrays.stream(tokens).filter(t -> LATIN.matcher(t).matches() && VOWEL.matcher(t).find())
                .count();
        if (words < MIN_WORDS || letters * 2 < visible || wordLike * 2 < tokens.length
                || latin * 2 > tokens.length && voiced * 10 < latin * 7) {
            throw new BadUserInputException("The text does not look like an article: it needs at least " + MIN_WORDS
                    + " words and mostly letters (found " + words + " words, " + letters + " letters of " + visible
                    + " characters).", "input.text");
        }
    }
}
