package org.statementatlas.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.statementatlas.article.ClaimQualifier;
import org.statementatlas.article.ClaimUnit;

/**
 * Finds signatory-count claims: "47 countries", "48 Countries", "Nearly 50 countries", "Ten nations and the European
 * Union", "47 foreign ministers", "FORTY-SEVEN COUNTRIES". The number may be digits or English words up to ninety-nine;
 * a hedge ("nearly", "about", "more than", ...) makes it approximate. Numbers below 3 are left out: "the two countries"
 * is how articles refer to the accused, not to the signatories. "An 11-nation team" counts. A count qualified as
 * "other" ("A, B, C and eight other countries", "47 other states") is part of the list, not the whole, and a vote ("99
 * countries voted in favour") is no list: neither counts. The same claim in headline and body is reported once, from
 * the body. Stateless and thread-safe.
 */
public final class ClaimExtractor {

    /** A claim found in the headline or the body; offsets are into the body, or into the headline when inHeadline. */
    public record FoundClaim(String phrase, int value, boolean approximate, ClaimQualifier qualifier, ClaimUnit counts,
            boolean inHeadline, int start, int end) {
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("dozen", 12), Map.entry("a dozen", 12));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    private static final String UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen";
    private static final String TEN_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String NUMBER = "(\\d{1,3}|(?:" + TEN_WORDS
            + ")(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|"
            + UNIT_WORDS + ")";
    private static final String HEDGE = "(nearly|almost|close to|about|around|some|roughly|approximately|at least|more than"
            + "|over|fewer than|less than|under|up to)";

    private static final Pattern CLAIM = Pattern.compile("(?<![\\w.,])(?:" + HEDGE + "\\s+)?" + NUMBER
            + "\\s+(other\\s+)?((?:(?:foreign|western|allied|partner|eu|european|member|like-minded|democratic|participating"
            + "|signatory|other|more)\\s+){0,2})"
            + "(countries|country|nations|states|governments|foreign ministers|ministers|top diplomats|diplomats"
            + "|signatories|allies)\\b"
            + "(\\s*(?:,|and|as well as|plus|along with)\\s+(?:the\\s+)?(?:european union|eu)\\b)?",
            Pattern.CASE_INSENSITIVE);

    /**
     * "an 11-nation team", "the 11-country group", "an 11-nation sanctions monitoring team": a count used as an adjective,
     * with up to three words before the noun it counts.
     */
    private static final Pattern COMPOUND = Pattern.compile("(?<![\\w.,])(?:" + HEDGE + "\\s+)?" + NUMBER
            + "-(?:nation|country|member)\\s+(?:[a-z][\\w-]*\\s+){0,3}?"
            + "(team|group|coalition|grouping|bloc|alliance|statement|partnership)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "Ninety-nine countries voted in favour": a vote, not a list of signatories. */
    private static final Pattern VOTE_AFTER = Pattern
            .compile("^\\s+(?:\\w+\\s+){0,2}(?:voted|abstained|vote[sd]? (?:for|against|in favou?r))\\b",
                    Pattern.CASE_INSENSITIVE);

    /**
     * Claims in the headline and the body; a headline claim the body repeats is reported from the body, also when the
     * headline shortens "ten countries and the EU" to "ten countries".
     */
    public List<FoundClaim> extract(String headline, String body) {
        List<FoundClaim> bodyClaims = find(body, false);
        List<FoundClaim> claims = new ArrayList<>();
        for (FoundClaim claim : find(headline, true)) {
            if (bodyClaims.stream().noneMatch(b -> sameClaim(b, claim) || shortenedInHeadline(claim, b))
                    && claims.stream().noneMatch(c -> sameClaim(c, claim))) {
                claims.add(claim);
            }
        }
        for (FoundClaim claim : bodyClaims) {
            if (claims.stream().noneMatch(c -> !c.inHeadline() && sameClaim(c, claim))) {
                claims.add(claim);
            }
        }
        return claims;
    }

    /** "Ten countries" in the headline, "Ten countries and the European Union" in the body. */
    private static boolean shortenedInHeadline(FoundClaim headline, FoundClaim body) {
        return headline.value() == body.value() && headline.qualifier() == body.qualifier()
                && headline.counts() == ClaimUnit.COUNTRIES && body.counts() == ClaimUnit.COUNTRIES_AND_ORGANIZATIONS;
    }

    private static boolean sameClaim(FoundClaim a, FoundClaim b) {
        return a.value() == b.value() && a.counts() == b.counts() && a.qualifier() == b.qualifier();
    }

    private static List<FoundClaim> find(String text, boolean inHeadline) {
        List<FoundClaim> claims = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return claims;
        }
        Matcher m = CLAIM.matcher(text);
        while (m.find()) {
            Integer value = number(m.group(2));
            if (value == null || value < 3 || value > 300) {
                continue;
            }
            ClaimQualifier qualifier = qualifier(m.group(1));
            String noun = m.group(5).toLowerCase(Locale.ROOT);
            String adjectives = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
            ClaimUnit unit;
            if (m.group(6) != null) {
                unit = ClaimUnit.COUNTRIES_AND_ORGANIZATIONS;
            } else if (noun.contains("minister") || noun.contains("diplomat")) {
                unit = ClaimUnit.MINISTERS;
            } else if (noun.equals("signatories") && !adjectives.contains("state")) {
                unit = ClaimUnit.SIGNATORIES;
            } else {
                unit = ClaimUnit.COUNTRIES;
            }
            // "47 other states" counts part of the list, never the whole of it.
            if (m.group(3) != null || adjectives.contains("other")
                    || VOTE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).find()) {
                continue;
            }
            String phrase = text.substring(m.start(), m.end()).replaceAll("\\s+", " ");
            claims.add(new FoundClaim(phrase, value, qualifier != null, qualifier, unit, inHeadline, m.start(), m.end()));
        }
        Matcher compound = COMPOUND.matcher(text);
        while (compound.find()) {
            Integer value = number(compound.group(2));
            if (value == null || value < 3 || value > 300) {
                continue;
            }
            ClaimQualifier qualifier = qualifier(compound.group(1));
            String phrase = text.substring(compound.start(), compound.end()).replaceAll("\\s+", " ");
            claims.add(new FoundClaim(phrase, value, qualifier != null, qualifier, ClaimUnit.COUNTRIES, inHeadline,
                    compound.start(), compound.end()));
        }
        claims.sort(Comparator.comparingInt(FoundClaim::start));
        return claims;
    }

    private static ClaimQualifier qualifier(String hedge) {
        if (hedge == null) {
            return null;
        }
        return switch (hedge.toLowerCase(Locale.ROOT)) {
            case "nearly", "almost", "close to", "up to" -> ClaimQualifier.NEARLY;
            case "at least" -> ClaimQualifier.AT_LEAST;
            case "more than", "over" -> ClaimQualifier.MORE_THAN;
            case "fewer than", "less than", "under" -> ClaimQualifier.FEWER_THAN;
            default -> ClaimQualifier.ABOUT;
        };
    }

    /** 47 from "47", "forty-seven", "Forty seven"; null when it is not a number. */
    static Integer number(String words) {
        String w = words.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        if (w.chars().allMatch(Character::isDigit)) {
            return Integer.valueOf(w);
        }
        if (UNITS.containsKey(w)) {
            return UNITS.get(w);
        }
        String[] parts = w.split("[- ]");
        Integer tens = TENS.get(parts[0]);
        if (tens == null) {
            return null;
        }
        if (parts.length == 1) {
            return tens;
        }
        Integer unit = UNITS.get(parts[1]);
        return unit == null || unit > 9 ? null : tens + unit;
    }
}
