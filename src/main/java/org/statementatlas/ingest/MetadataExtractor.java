package org.statementatlas.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.statementatlas.article.DatePrecision;

/**
 * Extracts headline, publication date, outlet and wire agency from the raw text of an article (and its URL, when known).
 * <p>
 * The front matter is what the chrome stripper drops before the body: the headline, date lines, bylines. The headline is
 * the line that the page repeats (sites print it in the breadcrumbs or twice), else the first line that reads like a
 * headline. The publication date is, in order: a date in the front matter (one labelled "Published" before one
 * labelled "Updated"), a date in the URL path, a timestamp line closing the page (wire copy), a date in the headline.
 * A slashed date that reads two ways is month-first beside a North American zone or on a US outlet, day-first beside a
 * European zone or on another national domain, and otherwise left empty with precision AMBIGUOUS. The outlet comes from the URL's domain (known outlets by name, others by domain), else from the text's own
 * credits; a credit naming someone else ("reported by European Pravda", "originally published on diplomatie.gouv.fr")
 * becomes the credited outlet. Stateless and thread-safe.
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
    private static final Pattern BYLINE = Pattern.compile("^(?:by|from|written by|author:?)\\s+\\S", Pattern.CASE_INSENSITIVE);
    private static final Pattern BREADCRUMB = Pattern.compile("\\s[\u203A\u00BB>|/]\\s");
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?]\\s+\\p{Lu}");
    private static final Pattern CREDIT_SLASH = Pattern.compile("\\b[A-Z]{2,}/\\S");

    private static final Pattern REPORTED_BY = Pattern.compile(
            "\\breported by (?:the )?(\\p{Lu}[\\w.\\-]*(?:[ \u00A0]+\\p{Lu}[\\w.\\-]*){0,3})");
    private static final Pattern PUBLISHED_ON = Pattern.compile(
            "\\b(?i:(?:originally|first) (?:published|appeared|posted) (?:on|in|by|at) (?:the )?)"
                    + "([a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*\\.[a-z]{2,}|\\p{Lu}[\\w.\\-]*(?:[ \u00A0]+\\p{Lu}[\\w.\\-]*){0,3})");
    private static final Pattern X_REPORTS = Pattern.compile(
            "(?:^|,\\s+|\\.\\s+)(\\p{Lu}[\\w.\\-]*(?:[ \u00A0]+\\p{Lu}[\\w.\\-]*){0,2}) (?:reports|reported|writes|informs)\\s*[.:]",
            Pattern.MULTILINE);
    private static final Pattern NOT_AN_OUTLET = Pattern.compile(
            "(?i)^(?:the|a|an|it|this|he|she|they|we|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                    + "|january|february|march|april|may|june|july|august|september|october|november|december)$");

    private static final Pattern AGENCY_DATELINE = Pattern.compile("\\((AFP|Reuters|REUTERS|AP|dpa|DPA)\\)");
    private static final Pattern AGENCY_NAME = Pattern.compile(
            "\\b(Agence France[- ]Presse|Associated Press|Deutsche Presse-Agentur|Thomson Reuters)\\b");
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "(?:\\b(?:with|via|from|according to|told) (AFP|Reuters|AP|dpa)\\b|\\b(AFP|Reuters|dpa) (?:contributed|reported|reports)\\b"
                    + "|[-\u2013\u2014]\\s*(AFP|Reuters|AP|dpa)\\s*$|^\\(?(AFP|Reuters|AP|dpa)\\)?$)");
    private static final Pattern PHOTO_LINE = Pattern.compile(
            "photo|image|picture|getty|illustrat|video|[A-Z]{2,}/", Pattern.CASE_INSENSITIVE);

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

    private static final Map<String, String> AGENCY_DOMAINS = Map.of("afp.com", "AFP", "reuters.com", "Reuters",
            "apnews.com", "AP", "ap.org", "AP", "dpa.com", "dpa", "dpa-international.com", "dpa");

    private final Map<String, String> outletsByDomain;
    private final SiteChromeStripper stripper;
    private final DateExtractor dates;

    /**
     * @param outletsByDomain names of known outlets by web domain (without "www."), e.g. "kyivpost.com" → "Kyiv Post"
     */
    public MetadataExtractor(Map<String, String> outletsByDomain, SiteChromeStripper stripper, DateExtractor dates) {
        this.outletsByDomain = Map.copyOf(outletsByDomain);
        this.stripper = stripper;
        this.dates = dates;
    }

    public Metadata extract(String raw, String cleaned, String url) {
        List<String> warnings = new ArrayList<>();
        List<String> lines = raw.replace("\r\n", "\n").replace('\r', '\n').lines().map(MetadataExtractor::trim)
                .filter(l -> !l.isEmpty()).toList();
        List<String> front = frontMatter(lines, cleaned);

        String headline = headline(front);

        // Publication date: front matter (a "Published" label first), then URL, then a timestamp closing the page,
        // then the headline. Dates in sidebars and related lists are never candidates.
        String domain = domain(url);
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
                Optional<LocalDate> placed = dates.placeInYear(yearless.get(), cleaned);
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
        List<DateExtractor.RelativeDate> relative = dates.relativeDays(cleaned, publishedOn);

        // Outlet: the URL's domain first, then the text's own credits.
        List<String> credits = credits(raw, front);
        String outletName = domain == null ? null : outletsByDomain.getOrDefault(domain, domain);
        if (outletName == null && !credits.isEmpty()) {
            outletName = credits.get(0);
            domain = outletsByDomain.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(credits.get(0)))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
        }
        String self = outletName;
        String credited = credits.stream().filter(c -> self == null || !sameOutlet(c, self, outletsByDomain))
                .findFirst().orElse(null);

        String agency = agency(lines, domain);
        return new Metadata(headline, publishedOn, publishedAt, precision, outletName, domain, credited, agency,
                relative, unplaced, warnings);
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
            List<DateExtractor.FoundMonthDay> found = dates.findYearless(line);
            if (found.size() == 1 && SiteChromeStripper.isDateLine(line)) {
                return Optional.of(found.get(0).monthDay());
            }
        }
        String first = cleaned.lines().findFirst().orElse("");
        for (DateExtractor.FoundMonthDay date : dates.findYearless(first)) {
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

    private String headline(List<String> front) {
        List<String> candidates = front.stream().filter(this::mayBeHeadline).toList();
        // A line the page repeats, alone or after breadcrumbs ("Home Awareness <headline>"), is the headline.
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = 0; j < candidates.size(); j++) {
                String a = candidates.get(i);
                String b = candidates.get(j);
                if (i != j && (a.equals(b) || (b.length() > a.length() && b.endsWith(" " + a)))) {
                    return a;
                }
            }
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    private boolean mayBeHeadline(String line) {
        int words = line.split("\\s+").length;
        if (words < 3 || words > 30 || line.length() > 300) {
            return false;
        }
        if (BYLINE.matcher(line).find() || BREADCRUMB.matcher(line).find() || SENTENCE_INSIDE.matcher(line).find()
                || CREDIT_SLASH.matcher(line).find() || line.endsWith(":")) {
            return false;
        }
        if (!dates.findAll(line).isEmpty() && dateOnly(line)) {
            return false;
        }
        return !stripper.strip(line).isEmpty();
    }

    /** A line that is a date and little else ("Wednesday, 10 January 2024, 07:36", "By Staff | 11 January 2024"). */
    private boolean dateOnly(String line) {
        String rest = line;
        for (DateExtractor.FoundDate date : dates.findAll(line)) {
            rest = rest.replace(line.substring(date.start(), date.end()), " ");
        }
        return rest.replaceAll("[^\\p{L}]+", " ").trim().split("\\s+").length <= 4;
    }

    /** Outlets the text credits, in order of appearance, without duplicates. */
    private List<String> credits(String raw, List<String> front) {
        List<String> credits = new ArrayList<>();
        for (String line : front) {
            if (outletsByDomain.containsValue(line)) {
                addCredit(credits, line);
            }
        }
        for (Pattern pattern : List.of(REPORTED_BY, PUBLISHED_ON, X_REPORTS)) {
            Matcher m = pattern.matcher(raw);
            while (m.find()) {
                addCredit(credits, m.group(1));
            }
        }
        return credits;
    }

    private static void addCredit(List<String> credits, String credit) {
        String c = credit.strip().replaceAll("[.,;:]+$", "");
        if (c.length() >= 2 && !NOT_AN_OUTLET.matcher(c).matches() && credits.stream().noneMatch(x -> x.equalsIgnoreCase(c))) {
            credits.add(c);
        }
    }

    private static boolean sameOutlet(String credit, String outlet, Map<String, String> byDomain) {
        if (credit.equalsIgnoreCase(outlet)) {
            return true;
        }
        String named = byDomain.get(credit.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        return named != null && named.equalsIgnoreCase(outlet);
    }

    private static String agency(List<String> lines, String domain) {
        if (domain != null && AGENCY_DOMAINS.containsKey(domain)) {
            return AGENCY_DOMAINS.get(domain);
        }
        for (String line : lines) {
            if (PHOTO_LINE.matcher(line).find() && !AGENCY_DATELINE.matcher(line).find()) {
                // "PHOTO: AFP", "REUTERS/Jane Roe": a picture's credit says nothing about the story's source.
                continue;
            }
            Matcher m = AGENCY_DATELINE.matcher(line);
            if (m.find()) {
                return normaliseAgency(m.group(1));
            }
            m = AGENCY_NAME.matcher(line);
            if (m.find()) {
                return normaliseAgency(m.group(1));
            }
            m = AGENCY_CREDIT.matcher(line);
            if (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        return normaliseAgency(m.group(g));
                    }
                }
            }
        }
        return null;
    }

    private static String normaliseAgency(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("agence") || n.equals("afp")) {
            return "AFP";
        }
        if (n.contains("reuters")) {
            return "Reuters";
        }
        if (n.startsWith("associated") || n.equals("ap")) {
            return "AP";
        }
        return "dpa";
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
