package org.statementatlas.pipeline;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.statementatlas.article.DatePrecision;

/**
 * Extracts headline, publication date, outlet and wire agency from the raw text of an article (and its URL, when known).
 * <p>
 * The front matter is what the chrome stripper drops before the body: the headline, date lines, bylines. Each field
 * has its extractor ({@link HeadlineExtractor}, {@link PublicationDateExtractor}, {@link OutletExtractor},
 * {@link AgencyExtractor}); this class splits the page into lines and front matter once and hands them round.
 * Stateless and thread-safe.
 */
public final class MetadataExtractor {

    /**
     * What the extractor found; any field may be null. {@code unplaced} is a publication day and month printed without a
     * year that nothing in the text placed in a year (precision AMBIGUOUS), for the caller to place by the statement the
     * article reports.
     */
    public record Metadata(String headline, LocalDate publishedOn, OffsetDateTime publishedAt, DatePrecision precision,
            String outletName, String outletDomain, String creditedOutlet, String agency,
            List<DateExtractor.RelativeDate> relativeDates, MonthDay unplaced, List<String> warnings) {
    }

    private static final Pattern TRIM = Pattern.compile("^[\\s\u00A0\u200B\uFEFF]+|[\\s\u00A0\u200B\uFEFF]+$");

    private final HeadlineExtractor headlines;
    private final PublicationDateExtractor publicationDates;
    private final OutletExtractor outlets;
    private final DateExtractor dates;

    /**
     * @param outletsByDomain names of known outlets by web domain (without "www."), e.g. "kyivpost.com" → "Kyiv Post"
     */
    public MetadataExtractor(Map<String, String> outletsByDomain, SiteChromeStripper stripper, DateExtractor dates) {
        this.headlines = new HeadlineExtractor(stripper, dates);
        this.publicationDates = new PublicationDateExtractor(dates);
        this.outlets = new OutletExtractor(outletsByDomain);
        this.dates = dates;
    }

    public Metadata extract(String raw, String cleaned, String url) {
        List<String> warnings = new ArrayList<>();
        List<String> lines = raw.replace("\r\n", "\n").replace('\r', '\n').lines().map(MetadataExtractor::trim)
                .filter(l -> !l.isEmpty()).toList();
        List<String> front = frontMatter(lines, cleaned);
        String headline = headlines.headline(front);
        String domain = domain(url);
        PublicationDateExtractor.PublicationDate date = publicationDates.extract(lines, front, cleaned, headline, url,
                domain, warnings);
        List<DateExtractor.RelativeDate> relative = dates.relativeDays(cleaned, date.publishedOn());
        OutletExtractor.Outlet outlet = outlets.extract(raw, front, domain);
        String agency = AgencyExtractor.agency(lines, outlet.domain());
        return new Metadata(headline, date.publishedOn(), date.publishedAt(), date.precision(), outlet.name(),
                outlet.domain(), outlet.credited(), agency, relative, date.unplaced(), warnings);
    }

    /** The raw lines before the first line of the cleaned body. */
    private static List<String> frontMatter(List<String> lines, String cleaned) {
        String first = cleaned.lines().findFirst().map(MetadataExtractor::trim).orElse("");
        if (first.isEmpty()) {
            return lines;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals(first) || lines.get(i).startsWith(first)) {
                return lines.subList(0, i);
            }
        }
        return List.of();
    }

    /** The host of a URL without "www.", lower case; null when there is no usable URL. */
    static String domain(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = new URI(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String trim(String line) {
        return TRIM.matcher(line).replaceAll("");
    }
}
