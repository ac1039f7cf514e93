package org.statementatlas.pipeline;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The headline of an article, from its front matter (the raw lines before the cleaned body): the line that the page
 * repeats (sites print it in the breadcrumbs or twice), else the first line that reads like a headline. Stateless and
 * thread-safe.
 */
final class HeadlineExtractor {

    private static final Pattern BYLINE = Pattern.compile("^(?:by|from|written by|author:?)\\s+\\S", Pattern.CASE_INSENSITIVE);
    private static final Pattern BREADCRUMB = Pattern.compile("\\s[\u203A\u00BB>|/]\\s");
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?]\\s+\\p{Lu}");
    private static final Pattern CREDIT_SLASH = Pattern.compile("\\b[A-Z]{2,}/\\S");

    private final SiteChromeStripper stripper;
    private final DateExtractor dates;

    HeadlineExtractor(SiteChromeStripper stripper, DateExtractor dates) {
        this.stripper = stripper;
        this.dates = dates;
    }

    /** The headline among the front matter's lines, or null. */
    String headline(List<String> front) {
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
}
