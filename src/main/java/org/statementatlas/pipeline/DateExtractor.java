package org.statementatlas.pipeline;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates in the formats news sites print them, and resolves relative days.
 * <p>
 * Recognised: "Wednesday, 10 January 2024, 07:36", "Friday, 5 January 2024", "(Jan 10, 2024)", "January 9, 2024
 * 10:12 PM GMT+2", "10.01.2024 09:15", "12/01/2024 14:30 CET" (slashed: both readings kept when both are valid, for the
 * caller to decide from the zone or the outlet), "2024.10.16 09:15" and "2024/03/29 08:12 KST" (year first), ISO 8601 ("2024-01-10", "2024-01-10T07:36:00+02:00"), and dates in URL paths
 * ("/2024/01/10/"). A time counts only with its zone ("GMT+2", "UTC", "EET", an ISO offset): a bare "07:36" could be any
 * zone, so it is reported but not used. Relative days ("on Tuesday", "yesterday", "last week") resolve against the
 * publication date: a weekday is the latest such day on or before it. Stateless and thread-safe.
 */
public final class DateExtractor {

    /** A date found in text, with its time when the text gives one, and where it was. */
    public record FoundDate(LocalDate date, LocalTime time, ZoneOffset offset, int start, int end,
            LocalDate monthFirst, String zone) {

        FoundDate(LocalDate date, LocalTime time, ZoneOffset offset, int start, int end) {
            this(date, time, offset, start, end, null, null);
        }

        /** True when the time and its zone are both known. */
        public boolean hasZonedTime() {
            return time != null && offset != null;
        }

        /**
         * True for a slashed date such as "05/11/2024" that reads as a valid date both day-first ({@link #date}) and
         * month-first ({@link #monthFirst}).
         */
        public boolean ambiguous() {
            return monthFirst != null;
        }

        /** The reading in the given order: day-first unless {@code monthFirstOrder}. */
        public FoundDate resolved(boolean monthFirstOrder) {
            return new FoundDate(monthFirstOrder && monthFirst != null ? monthFirst : date, time, offset, start, end, null,
                    zone);
        }
    }

    /** A relative day resolved against the publication date, e.g. "on Tuesday" → 2024-01-09. */
    public record RelativeDate(String phrase, LocalDate date) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Map<String, ZoneOffset> ZONES = Map.ofEntries(Map.entry("UTC", ZoneOffset.UTC),
            Map.entry("GMT", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC), Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("EET", ZoneOffset.ofHours(2)),
            Map.entry("EEST", ZoneOffset.ofHours(3)), Map.entry("BST", ZoneOffset.ofHours(1)),
            Map.entry("MSK", ZoneOffset.ofHours(3)), Map.entry("EST", ZoneOffset.ofHours(-5)),
            Map.entry("EDT", ZoneOffset.ofHours(-4)), Map.entry("CST", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("KST", ZoneOffset.ofHours(9)), Map.entry("JST", ZoneOffset.ofHours(9)));

    /** North American zones: a slashed date beside one of them is month-first. */
    static final Set<String> US_ZONES = Set.of("EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT");
    private static final Map<String, ZoneOffset> US_OFFSETS = Map.of("CDT", ZoneOffset.ofHours(-5), "MST",
            ZoneOffset.ofHours(-7), "MDT", ZoneOffset.ofHours(-6));

    static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
    private static final String TIME = "(?:,?\\s+(?:at\\s+)?(\\d{1,2})[:.](\\d{2})(?::\\d{2})?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?"
            + "(?:\\s*\\(?((?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|[A-Z]{3,4}\\b)\\)?)?)?";

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b" + TIME,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b" + TIME,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b" + TIME,
            Pattern.CASE_INSENSITIVE);
    /** "12/01/2024": day-first or month-first, decided by an impossible value or by the caller. */
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b" + TIME,
            Pattern.CASE_INSENSITIVE);
    /** "2024.10.16 09:15", "2024/03/29 08:12 KST": year first, as East Asian sites print it. */
    private static final Pattern YEAR_FIRST = Pattern
            .compile("(?<![\\d/.])(20\\d{2}|19\\d{2})([./])(\\d{1,2})\\2(\\d{1,2})\\b(?![./]\\d)" + TIME,
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?)?\\b");
    private static final Pattern URL_DATE = Pattern.compile(
            "/(20\\d{2}|19\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)|/(20\\d{2})(\\d{2})(\\d{2})/");

    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:(?:on|last|this|since|by|from)\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    + "|(yesterday|today|last week))\\b",
            Pattern.CASE_INSENSITIVE);

    /** Every absolute date in {@code text}, in text order. */
    public List<FoundDate> findAll(String text) {
        List<FoundDate> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(found, m, date(m.group(3), month(m.group(2)), m.group(1)), 4);
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(found, m, date(m.group(3), month(m.group(1)), m.group(2)), 4);
        }
        m = DOTTED.matcher(text);
        while (m.find()) {
            add(found, m, date(m.group(3), parse(m.group(2)), m.group(1)), 4);
        }
        m = YEAR_FIRST.matcher(text);
        while (m.find()) {
            add(found, m, date(m.group(1), parse(m.group(3)), m.group(4)), 5);
        }
        m = SLASHED.matcher(text);
        while (m.find()) {
            Optional<LocalDate> dayFirst = date(m.group(3), parse(m.group(2)), m.group(1));
            Optional<LocalDate> monthFirst = date(m.group(3), parse(m.group(1)), m.group(2));
            if (dayFirst.isPresent() || monthFirst.isPresent()) {
                LocalTime time = time(m.group(4), m.group(5), m.group(6));
                ZoneOffset offset = time == null ? null : zone(m.group(7));
                boolean both = dayFirst.isPresent() && monthFirst.isPresent() && !dayFirst.equals(monthFirst);
                found.add(new FoundDate(dayFirst.orElseGet(monthFirst::get), time, offset, m.start(), m.end(),
                        both ? monthFirst.get() : null, m.group(7)));
            }
        }
        m = ISO.matcher(text);
        while (m.find()) {
            Optional<LocalDate> date = date(m.group(1), parse(m.group(2)), m.group(3));
            LocalTime time = time(m.group(4), m.group(5), null);
            ZoneOffset offset = time == null ? null : zone(m.group(6));
            int start = m.start();
            int end = m.end();
            date.ifPresent(d -> found.add(new FoundDate(d, time, offset, start, end)));
        }
        // Patterns can overlap ("10 January 2024" inside a longer match): keep the longest at each place.
        found.sort(Comparator.comparingInt(FoundDate::start).thenComparing(f -> -(f.end() - f.start())));
        List<FoundDate> distinct = new ArrayList<>();
        int coveredUntil = -1;
        for (FoundDate date : found) {
            if (date.start() >= coveredUntil) {
                distinct.add(date);
                coveredUntil = date.end();
            }
        }
        return distinct;
    }

    /** The date in a URL path such as {@code /news/2024/01/10/7436557/}. */
    public Optional<LocalDate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        return m.group(1) != null
                ? date(m.group(1), parse(m.group(2)), m.group(3))
                : date(m.group(4), parse(m.group(5)), m.group(6));
    }

    /** Relative days in {@code text}, resolved against the publication date. */
    public List<RelativeDate> relativeDays(String text, LocalDate published) {
        List<RelativeDate> dates = new ArrayList<>();
        if (text == null || published == null) {
            return dates;
        }
        Matcher m = RELATIVE.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                dates.add(new RelativeDate(m.group(), published.with(TemporalAdjusters.previousOrSame(day))));
            } else {
                String word = m.group(2).toLowerCase(Locale.ROOT);
                LocalDate date = switch (word) {
                    case "yesterday" -> published.minusDays(1);
                    case "today" -> published;
                    default -> published.minusWeeks(1);
                };
                dates.add(new RelativeDate(m.group(), date));
            }
        }
        return dates;
    }

    private static void add(List<FoundDate> found, Matcher m, Optional<LocalDate> date, int timeGroup) {
        if (date.isEmpty()) {
            return;
        }
        LocalTime time = time(m.group(timeGroup), m.group(timeGroup + 1), m.group(timeGroup + 2));
        ZoneOffset offset = time == null ? null : zone(m.group(timeGroup + 3));
        found.add(new FoundDate(date.get(), time, offset, m.start(), m.end()));
    }

    private static Optional<LocalDate> date(String year, Integer month, String day) {
        if (month == null) {
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2200) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, month, Integer.parseInt(day)));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    static Integer month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    private static Integer parse(String number) {
        try {
            return Integer.valueOf(number);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalTime time(String hours, String minutes, String meridiem) {
        if (hours == null || minutes == null) {
            return null;
        }
        int h = Integer.parseInt(hours);
        int min = Integer.parseInt(minutes);
        if (meridiem != null) {
            boolean pm = meridiem.toLowerCase(Locale.ROOT).startsWith("p");
            if (h < 1 || h > 12) {
                return null;
            }
            h = h % 12 + (pm ? 12 : 0);
        }
        return h > 23 || min > 59 ? null : LocalTime.of(h, min);
    }

    private static ZoneOffset zone(String zone) {
        if (zone == null) {
            return null;
        }
        String z = zone.replace(" ", "").toUpperCase(Locale.ROOT);
        if (ZONES.containsKey(z)) {
            return ZONES.get(z);
        }
        if (US_ZONES.contains(z)) {
            return US_OFFSETS.get(z);
        }
        Matcher m = Pattern.compile("^(?:GMT|UTC)?([+-])(\\d{1,2}):?(\\d{2})?$").matcher(z);
        if (!m.find()) {
            return null;
        }
        try {
            int hours = Integer.parseInt(m.group(2));
            int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            int sign = m.group(1).equals("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
