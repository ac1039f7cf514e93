package org.statementatlas.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire agency an article comes from (AFP, Reuters, AP, dpa): the agency's own domain, else a dateline
 * ("(AFP)"), the agency's full name or a credit ("with AFP", "- Reuters") in the text, never a picture's credit.
 */
final class AgencyExtractor {

    private static final Pattern AGENCY_DATELINE = Pattern.compile("\\((AFP|Reuters|REUTERS|AP|dpa|DPA)\\)");
    private static final Pattern AGENCY_NAME = Pattern.compile(
            "\\b(Agence France[- ]Presse|Associated Press|Deutsche Presse-Agentur|Thomson Reuters)\\b");
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "(?:\\b(?:with|via|from|according to|told) (AFP|Reuters|AP|dpa)\\b|\\b(AFP|Reuters|dpa) (?:contributed|reported|reports)\\b"
                    + "|[-\u2013\u2014]\\s*(AFP|Reuters|AP|dpa)\\s*$|^\\(?(AFP|Reuters|AP|dpa)\\)?$)");
    private static final Pattern PHOTO_LINE = Pattern.compile(
            "photo|image|picture|getty|illustrat|video|[A-Z]{2,}/", Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> AGENCY_DOMAINS = Map.of("afp.com", "AFP", "reuters.com", "Reuters",
            "apnews.com", "AP", "ap.org", "AP", "dpa.com", "dpa", "dpa-international.com", "dpa");

    private AgencyExtractor() {
    }

    /** The agency of the article with these raw lines, on this domain (or null); null when none is named. */
    static String agency(List<String> lines, String domain) {
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
}
