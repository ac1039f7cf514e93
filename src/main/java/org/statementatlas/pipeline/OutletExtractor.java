package org.statementatlas.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet of an article: the URL's domain first (known outlets by name, others by domain), else the text's own
 * credits; a credit naming someone else ("reported by European Pravda", "originally published on diplomatie.gouv.fr")
 * becomes the credited outlet. Stateless and thread-safe.
 */
final class OutletExtractor {

    /** The outlet's name and domain (either may be null), and the outlet the text credits instead, if any. */
    record Outlet(String name, String domain, String credited) {
    }

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

    private final Map<String, String> outletsByDomain;

    /** @param outletsByDomain names of known outlets by web domain (without "www.") */
    OutletExtractor(Map<String, String> outletsByDomain) {
        this.outletsByDomain = Map.copyOf(outletsByDomain);
    }

    /** The outlet of the article with this raw text and front matter, at a URL on this domain (or null). */
    Outlet extract(String raw, List<String> front, String domain) {
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

        return new Outlet(outletName, domain, credited);
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
}
