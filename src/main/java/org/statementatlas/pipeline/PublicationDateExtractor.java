package org.statementatlas.pipeline;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.statementatlas.article.DatePrecision;

/**
 * The publication date of an article, in order: a date in the front matter (one labelled "Published" before one
 * labelled "Updated"), a wire dateline opening the body, a date in the URL path, a timestamp line closing the page
 * (wire copy), a date in the headline. Dates in sidebars and related lists are never candidates. A slashed date that
 * reads two ways is month-first beside a North American zone or on a US outlet, day-first beside a European zone or
 * on another national domain, and otherwise left empty with precision AMBIGUOUS. Stateless and thread-safe.
 */
final class PublicationDateExtractor {

    /**
     * The date found, with its precision; {@code unplaced} is a day and month printed without a year that nothing in
     * the text placed in a year (precision AMBIGUOUS).
     */
    record PublicationDate(LocalDate publishedOn, OffsetDateTime publishedAt, DatePrecision precision,
            MonthDay unplaced) {
    }

    /** The place of a wire dateline ("KYIV, ", "SEOUL, "), and what follows its date: the agency, then a dash. */
    private static final Pattern DATELINE_PLACE = Pattern.compile("[A-Z][A-Za-z .'\\-]{1,30},\\s*");
    private static final Pattern DATELINE_TAIL = Pattern.compile("\\s*(?:\\([^)]{1,30}\\))?\\s*(?:--|[-\u2013\u2014])");
    private static final int DATELINE_PLACE_CHARS = 34;

    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?i)(?:published|posted|publication date|date)\\s*(?:on|at)?\\s*:?\\s*$");
    private static final Pattern UPDATED_LABEL = Pattern
            .compile("(?i)(?:updated|modified|edited)\\s*(?:on|at)?\\s*:?\\s*$");
    private static final Pattern ZONE_AFTER = Pattern
            .compile("^(CET|CEST|EET|EEST|BST|GMT|WET|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT)$", Pattern.CASE_INSENSITIVE);
    /** How many closing lines of a page may hold its timestamp. */
    private static final int CLOSING_LINES = 4;
    /** US outlets print slashed dates month-first; a two-letter national domain means day-first. */
    private static final Set<String> MONTH_FIRST_DOMAINS = Set.of("washingtonpost.com", "nytimes.com", "apnews.com",
            "cnn.com", "foxnews.com", "npr.org", "politico.com", "usatoday.com", "wsj.com", "nbcnews.com", "cbsnews.com",
            "abcnews.go.com", "latimes.com", "voanews.com", "rfa.org", "nknews.org", "bloomberg.com", "axios.com");

    private final DateExtractor dates;

    PublicationDateExtractor(DateExtractor dates) {
        this.dates = dates;
    }

    /**
     * The publication date of the article with these raw lines, front matter, cleaned body and headline, at a URL on
     * this domain (either may be null); adds what a reader should know about it to {@code warnings}.
     */
    PublicationDate extract(List<String> lines, List<String> front, String cleaned, String headline, String url,
            String domain, List<String> warnings) {
        LocalDate publishedOn = null;
        OffsetDateTime publishedAt = null;
        DatePrecision precision = DatePrecision.UNKNOWN;
        Optional<DateExtractor.FoundDate> pageDate = frontDate(front, headline);
        if (pageDate.isEmpty()) {
            pageDate = datelineDate(cleaned);
        }
        Optional<LocalDate> urlDate = dates.fromUrl(url);
        if (pageDate.isEmpty() && urlDate.isEmpty()) {
            pageDate = closingDate(lines);
        }
        MonthDay unplaced = null;
        if (pageDate.isEmpty() && urlDate.isEmpty()) {
            Optional<MonthDay> yearless = yearlessDate(front, cleaned);
            if (yearless.isPresent()) {
                Optional<LocalDate> placed = YearlessDates.placeInYear(yearless.get(), cleaned, dates);
                if (placed.isPresent()) {
                    pageDate = Optional.of(new DateExtractor.FoundDate(placed.get(), null, null, 0, 0));
                    warnings.add("The publication date is printed without a year; " + placed.get()
                            + " is the reading nearest to the other dates in the article.");
                } else {
                    unplaced = yearless.get();
                    precision = DatePrecision.AMBIGUOUS;
                }
            }
        }
        if (pageDate.isPresent() && pageDate.get().ambiguous()) {
            DateExtractor.FoundDate found = pageDate.get();
            Boolean monthFirst = monthFirst(domain, found);
            if (monthFirst == null && urlDate.isPresent()
                    && (urlDate.get().equals(found.date()) || urlDate.get().equals(found.monthFirst()))) {
                monthFirst = urlDate.get().equals(found.monthFirst());
            }
            if (monthFirst == null) {
                warnings.add("The publication date reads as " + found.date() + " (day first) or " + found.monthFirst()
                        + " (month first) and nothing on the page decides which; it is left empty (precision AMBIGUOUS)."
                        + " Pass 'publishedOn' to set it.");
                pageDate = Optional.empty();
                precision = DatePrecision.AMBIGUOUS;
            } else {
                pageDate = Optional.of(found.resolved(monthFirst));
            }
        }
        if (pageDate.isPresent()) {
            DateExtractor.FoundDate found = pageDate.get();
            publishedOn = found.date();
            precision = DatePrecision.DATE;
            if (found.hasZonedTime()) {
                publishedAt = OffsetDateTime.of(found.date(), found.time(), found.offset());
                precision = DatePrecision.DATE_TIME;
            } else if (found.time() != null) {
                warnings.add("The publication time " + found.time() + " has no time zone; only the date is kept.");
            }
            if (urlDate.isPresent() && !urlDate.get().equals(publishedOn)) {
                warnings.add("The date in the text (" + publishedOn + ") differs from the date in the URL (" + urlDate.get()
                        + "); the text's date is used.");
            }
        } else if (precision != DatePrecision.AMBIGUOUS && urlDate.isPresent()) {
            publishedOn = urlDate.get();
            precision = DatePrecision.DATE;
        } else if (precision != DatePrecision.AMBIGUOUS && headline != null && !dates.findAll(headline).isEmpty()) {
            publishedOn = dates.findAll(headline).get(0).date();
            precision = DatePrecision.DATE;
            warnings.add("The only date found is in the headline (" + publishedOn + "); it is taken as the publication date.");
        }
        return new PublicationDate(publishedOn, publishedAt, precision, unplaced);
    }

    /** The first date of the front matter, preferring one labelled as the publication date over an "Updated" one. */
    private Optional<DateExtractor.FoundDate> frontDate(List<String> front, String headline) {
        DateExtractor.FoundDate first = null;
        DateExtractor.FoundDate updated = null;
        for (String line : front) {
            if (headline != null && line.contains(headline)) {
                continue;
            }
            for (DateExtractor.FoundDate date : dates.findAll(line)) {
                String before = line.substring(Math.max(0, date.start() - 30), date.start());
                if (PUBLISHED_LABEL.matcher(before).find()) {
                    return Optional.of(date);
                }
                if (UPDATED_LABEL.matcher(before).find()) {
                    updated = updated == null ? date : updated;
                } else if (first == null) {
                    first = date;
                }
            }
        }
        return Optional.ofNullable(first != null ? first : updated);
    }

    /** A wire dateline opening the body with a full date: "KYIV, 12 January 2024 (Ukrinform) - ...", "12 January 2024 —". */
    private Optional<DateExtractor.FoundDate> datelineDate(String cleaned) {
        String first = cleaned.lines().findFirst().orElse("");
        for (DateExtractor.FoundDate date : dates.findAll(first)) {
            if (isDateline(first, date.start(), date.end())) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }

    /**
     * A timestamp line among the last lines of the page, as wire stories end ("Nov 5, 2024 18:22 GMT"). Only a line
     * that is a date and nothing else counts: a dated teaser in a sidebar ("Jan 3, 2025: ...") is not the article's.
     */
    private Optional<DateExtractor.FoundDate> closingDate(List<String> lines) {
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - CLOSING_LINES); i--) {
            String line = lines.get(i);
            List<DateExtractor.FoundDate> found = dates.findAll(line);
            if (found.size() == 1 && SiteChromeStripper.isDateLine(line)) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * A day and month without a year where the publication date stands: a date line of the front matter, or a wire
     * dateline opening the body ("SEOUL, Jan. 10 (Yonhap) --", "March 3 —").
     */
    private Optional<MonthDay> yearlessDate(List<String> front, String cleaned) {
        for (String line : front) {
            List<YearlessDates.FoundMonthDay> found = YearlessDates.find(line);
            if (found.size() == 1 && SiteChromeStripper.isDateLine(line)) {
                return Optional.of(found.get(0).monthDay());
            }
        }
        String first = cleaned.lines().findFirst().orElse("");
        for (YearlessDates.FoundMonthDay date : YearlessDates.find(first)) {
            if (isDateline(first, date.start(), date.end())) {
                return Optional.of(date.monthDay());
            }
        }
        return Optional.empty();
    }

    /** Whether the date at {@code start..end} of a body's first line is its dateline: after the place, before a dash. */
    private static boolean isDateline(String first, int start, int end) {
        String place = first.substring(0, start);
        return start <= DATELINE_PLACE_CHARS && (place.isBlank() || DATELINE_PLACE.matcher(place).matches())
                && DATELINE_TAIL.matcher(first.substring(end)).lookingAt();
    }

    /**
     * Whether a slashed date on this page is month-first: yes beside a North American time zone or on a US outlet, no
     * beside a European zone or on a national domain of another country; null when nothing says.
     */
    private static Boolean monthFirst(String domain, DateExtractor.FoundDate date) {
        Matcher zone = ZONE_AFTER.matcher(date.zone() == null ? "" : date.zone());
        if (zone.find()) {
            return DateExtractor.US_ZONES.contains(zone.group(1).toUpperCase(Locale.ROOT));
        }
        if (domain == null) {
            return null;
        }
        if (MONTH_FIRST_DOMAINS.contains(domain) || domain.endsWith(".us")) {
            return true;
        }
        String tld = domain.substring(domain.lastIndexOf('.') + 1);
        return tld.length() == 2 ? Boolean.FALSE : null;
    }
}
