package org.statementatlas.pipeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days and months printed without a year ("SEOUL, Jan. 10 (Yonhap)"), and the year they most likely belong to.
 * Stateless and thread-safe.
 */
final class YearlessDates {

    /** A day and month printed without a year ("Jan. 10", "3 March"), and where it was. */
    public record FoundMonthDay(MonthDay monthDay, int start, int end) {
    }

    /** "Jan. 10", "March 3", "3 March": no year after it (a year would make it a full date). */
    private static final Pattern MONTH_DAY = Pattern
            .compile("\\b" + DateExtractor.MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4}\\b)"
                    + "|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + DateExtractor.MONTH + "(?!\\p{L}|,?\\s*\\d{4}\\b)",
                    Pattern.CASE_INSENSITIVE);

    /** An article that looks back at its events from a year on. */
    private static final Pattern LOOKING_BACK = Pattern.compile(
            "\\b(?:(?:a|one) year (?:ago|on|later|after)|(?:first )?anniversary)\\b",
            Pattern.CASE_INSENSITIVE);

    private YearlessDates() {
    }

    /**
     * Every day and month printed without a year, in text order. The month must be capitalised: "may 10 countries" is
     * not a date.
     */
    static List<FoundMonthDay> find(String text) {
        List<FoundMonthDay> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            boolean monthFirst = m.group(1) != null;
            String month = monthFirst ? m.group(1) : m.group(4);
            Integer number = DateExtractor.month(month);
            if (!Character.isUpperCase(month.charAt(0)) || number == null) {
                continue;
            }
            try {
                found.add(new FoundMonthDay(MonthDay.of(number, Integer.parseInt(monthFirst ? m.group(2) : m.group(3))),
                        m.start(), m.end()));
            } catch (DateTimeException e) {
                // "February 31" is no day.
            }
        }
        return found;
    }

    /**
     * The year of a day and month printed without one, from the dates the article gives in full: the reading nearest to
     * the latest of them, or a year later when the article looks back at its events ("a year ago", "one year on"). Empty
     * when the article gives no full date, or when two readings are about equally near.
     */
    static Optional<LocalDate> placeInYear(MonthDay monthDay, String text, DateExtractor dates) {
        LocalDate latest = dates.findAll(text).stream().map(DateExtractor.FoundDate::date).max(Comparator.naturalOrder())
                .orElse(null);
        if (latest == null) {
            return Optional.empty();
        }
        LocalDate reference = LOOKING_BACK.matcher(text).find() ? latest.plusYears(1) : latest;
        return nearest(monthDay, reference, 0);
    }

    /**
     * The reading of {@code monthDay} nearest to {@code reference}, among those no earlier than {@code notBefore} days
     * before it; empty when two readings are about equally near (within a month of each other's distance).
     */
    static Optional<LocalDate> nearest(MonthDay monthDay, LocalDate reference, int notBefore) {
        List<LocalDate> readings = new ArrayList<>();
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            if (monthDay.isValidYear(year) && !monthDay.atYear(year).isBefore(reference.minusDays(notBefore))) {
                readings.add(monthDay.atYear(year));
            }
        }
        readings.sort(Comparator.comparingLong(d -> Math.abs(ChronoUnit.DAYS.between(reference, d))));
        if (readings.isEmpty() || readings.size() > 1 && Math.abs(ChronoUnit.DAYS.between(reference, readings.get(1)))
                - Math.abs(ChronoUnit.DAYS.between(reference, readings.get(0))) < 31) {
            return Optional.empty();
        }
        return Optional.of(readings.get(0));
    }
}
