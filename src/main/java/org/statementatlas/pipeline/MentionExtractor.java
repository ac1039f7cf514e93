package org.statementatlas.pipeline;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;
import org.statementatlas.article.MatchKind;

/**
 * Finds the countries an article mentions, with the offset of every occurrence.
 * <p>
 * All names, official names, aliases, demonyms (and their plurals, "Ukrainians") and capitals are compiled into one
 * Aho-Corasick automaton (org.ahocorasick), so an article is scanned once whatever the size of the dictionary. The scan
 * runs over a case-folded copy of the text that has the same length, so offsets are offsets into the original; a match
 * must then agree with the original's case: "China" or "CHINA" but not "china", "US" but not "us". Longest matches win
 * ("South Korea" over "Korea", "Korean War" over "Korean").
 * <p>
 * Precision rules, each with a test:
 * <ul>
 * <li>A country's name or demonym that names a sea or a landform is not a mention: followed by a feature ("the Korean
 * Peninsula", "the Indian Ocean", "the Taiwan Strait") or after one and "of" ("the Sea of Japan", "the Gulf of
 * Mexico").</li>
 * <li>Other phrases that contain a country word but refer to no country are not mentions: "Korean War", "Latin
 * America" and the like ({@link #NOT_MENTIONS}).</li>
 * <li>A single-word name inside a proper name is not a mention: followed by a capitalised word ("Chad Smith", "Georgia
 * Tech", "Kyiv Post") or preceded by one that is not a sentence opener ("Denzel Washington", "Mr Jordan"). Abbreviations
 * such as "US" and "UK" are exempt: "the US State Department" is the country.</li>
 * <li>"Georgia" is the US state, not the country, in "Atlanta, Georgia", "the state of Georgia" and "Georgia, USA".</li>
 * <li>A wire dateline ("WASHINGTON, Jan 9 (Reuters) -") names where the story was filed, not a government.</li>
 * <li>A sentence that opens with "Turkey" and speaks of food or farming means the bird.</li>
 * <li>In all-capitals text "US" is also the pronoun; there it counts only as "THE US" or "US-".</li>
 * <li>A word shared by several countries ("Congolese") counts only when the text names exactly one of them otherwise.</li>
 * </ul>
 * Site chrome never reaches this class: it runs on the cleaned text. Instances are immutable and thread-safe.
 * <p>
 * Over 300 lines on purpose: every precision rule above judges the same match against the same text and its
 * neighbours, so the rules stay side by side in one class.
 */
public final class MentionExtractor {

    /** Phrases that contain a country word but mean no country; they take part in longest-match and then vanish. */
    static final List<String> NOT_MENTIONS = List.of("Korean War", "Indian subcontinent", "South America", "South American",
            "North America", "North American",
            "Latin America", "Latin American", "Central America", "Central American", "New Mexico", "New Mexican",
            "New Jersey", "Jersey City", "Guinea pig", "Turkish delight", "French fries", "Georgia Tech");

    /** Words that open sentences or clauses; a capitalised one before a country name does not make a person's name. */
    private static final Set<String> OPENERS = Set.copyOf(List.of("the", "a", "an", "in", "on", "at", "for", "from", "to",
            "with",
            "by", "of", "and", "but", "or", "nor", "as", "when", "while", "after", "before", "since", "until", "if",
            "though", "although", "because", "both", "neither", "either", "only", "even", "unlike", "like", "also", "then",
            "today", "yesterday", "meanwhile", "however", "still", "yet", "so", "thus", "now", "later", "earlier", "both",
            "including", "whereas", "where", "said", "says", "that", "this", "these", "those", "which", "who", "what",
            "why", "how", "against", "between", "among", "across", "over", "under", "about", "into", "onto", "upon",
            "without", "within", "via", "per", "than", "all", "every", "each", "many", "most", "some", "other", "our",
            "their", "his", "her", "its", "my", "your", "we", "they", "he", "she", "it", "i", "you", "whether", "unless",
            "not", "no", "yes", "indeed", "instead", "despite", "during", "amid", "along", "around", "beyond", "toward",
            "towards", "why", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should",
            "did", "does", "do", "is", "are", "was", "were", "be", "been", "quote", "source", "details", "background",
            "update", "updated", "breaking", "exclusive", "analysis", "opinion", "video", "photo", "read", "see", "more"));

    /** Capitalised words that follow a country name in prose without making a proper name of it. */
    private static final Set<String> NEUTRAL_FOLLOWERS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "i", "and", "or", "but");

    /** Where a wire story was filed: "WASHINGTON, Jan 9 (Reuters) -", "SEOUL, South Korea (AP) —", "Berlin (dpa) -". */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:[A-Z][A-Z.'\\- ]{1,40}(?:,[^\\n()\\-\u2013\u2014]{1,40})?\\s*(?:\\((?:AFP|Reuters|REUTERS|AP|dpa|DPA|Xinhua|Yonhap|Kyodo|UPI|Ukrinform)\\))?"
                    + "|[A-Z][\\p{L}.'\\- ]{1,40}(?:,[^\\n()]{1,40})?\\s*\\((?:AFP|Reuters|AP|dpa|DPA|Xinhua|Yonhap|Kyodo|UPI|Ukrinform)\\))"
                    + "\\s*[-\u2013\u2014]\\s");

    /** Kinds of sea and land named after a country: "the Sea of Japan", "the Korean Peninsula", "the Taiwan Strait". */
    private static final List<String> FEATURES = List.of("Sea", "Seas", "Strait", "Straits", "Peninsula", "Gulf", "Ocean",
            "Channel", "Bay", "Bight", "Basin", "Isthmus", "Archipelago");
    private static final Pattern FEATURE_AFTER = Pattern.compile("^[ \u00A0](?:" + titleOrCaps(FEATURES) + ")\\b");
    private static final Pattern FEATURE_OF_BEFORE = Pattern.compile("\\b(?:" + titleOrCaps(FEATURES)
            + ")[ \u00A0]+(?:of|OF)[ \u00A0]+(?:(?:the|THE)[ \u00A0]+)?$");

    private static final Pattern BIRD_CONTEXT = Pattern.compile(
            "(?i)\\b(?:prices?|farmers?|farms?|birds?|poultry|meat|roast(?:ed|ing)?|carv(?:e|ing)|stuffing|gravy|dinners?"
                    + "|thanksgiving|christmas|feast|centrepiece|centerpiece|pounds?|kilos?|sandwich(?:es)?|breast|legs?)\\b");
    private static final Pattern STATE_OF_BEFORE = Pattern.compile("(?i)(?:\\bstate of|\\bU\\.?S\\.? state of)\\s+$");
    private static final Pattern CITY_COMMA_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}.'\\-]+)\\s*,\\s*$");
    private static final Pattern US_STATE_AFTER = Pattern.compile(
            "^(?:,\\s*(?:U\\.S\\.A?\\.?|USA|US|United States)\\b|\\s+state\\b|\\s+State\\s+(?:Senate|House|Legislature|University)\\b)");
    private static final Pattern WORD_AFTER = Pattern.compile("^[ \u00A0](\\p{Lu}[\\p{Ll}\\p{M}'\\-]+)");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Lu}[\\p{Ll}\\p{M}'\\-]*\\.?)[ \u00A0]$");

    private record Entry(String folded, List<CountryTerm> terms, boolean notAMention) {
    }

    private record Hit(int start, int end, Entry entry) {

        int length() {
            return end - start;
        }
    }

    private final PayloadTrie<Entry> trie;

    /** Builds the automaton; terms that fold to the same text are kept together as candidates. */
    public MentionExtractor(Collection<CountryTerm> terms) {
        Map<String, List<CountryTerm>> byFolded = new LinkedHashMap<>();
        for (CountryTerm term : terms) {
            if (term.text() == null || term.text().isBlank()) {
                continue;
            }
            addTerm(byFolded, term);
            if (term.kind() == MatchKind.DEMONYM && (term.text().endsWith("an") || term.text().endsWith("i"))) {
                addTerm(byFolded, new CountryTerm(term.code(), term.text() + "s", term.kind()));
            }
        }
        PayloadTrie.PayloadTrieBuilder<Entry> builder = PayloadTrie.<Entry>builder().onlyWholeWords();
        byFolded.forEach((folded, candidates) -> builder.addKeyword(folded, new Entry(folded, candidates, false)));
        for (String phrase : NOT_MENTIONS) {
            String folded = fold(phrase);
            if (!byFolded.containsKey(folded)) {
                builder.addKeyword(folded, new Entry(folded, List.of(), true));
            }
        }
        this.trie = builder.build();
    }

    private static void addTerm(Map<String, List<CountryTerm>> byFolded, CountryTerm term) {
        String folded = fold(term.text().strip().replaceAll("\\s+", " "));
        List<CountryTerm> list = byFolded.computeIfAbsent(folded, k -> new ArrayList<>());
        if (list.stream().noneMatch(t -> t.code().equals(term.code()) && t.text().equals(term.text()))) {
            list.add(term);
        }
    }

    /** Every country mentioned in {@code text}, in order of first occurrence. */
    public List<FoundMention> extract(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String folded = fold(text);
        List<Hit> hits = new ArrayList<>();
        for (PayloadEmit<Entry> emit : trie.parseText(folded)) {
            Entry entry = emit.getPayload();
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            if (entry.notAMention()) {
                hits.add(new Hit(start, end, entry));
                continue;
            }
            List<CountryTerm> agreeing = entry.terms().stream()
                    .filter(t -> caseAgrees(text.substring(start, end), t.text())).toList();
            if (!agreeing.isEmpty()) {
                hits.add(new Hit(start, end, new Entry(entry.folded(), agreeing, false)));
            }
        }
        List<Hit> kept = longestFirst(hits);

        // Occurrences, before resolving words shared by several countries.
        List<Hit> accepted = new ArrayList<>();
        for (Hit hit : kept) {
            if (!hit.entry().notAMention() && !excludedByContext(text, hit, kept)) {
                accepted.add(hit);
            }
        }
        Map<String, Integer> unambiguous = new HashMap<>();
        for (Hit hit : accepted) {
            List<String> codes = codes(hit);
            if (codes.size() == 1) {
                unambiguous.merge(codes.get(0), 1, Integer::sum);
            }
        }
        Map<String, List<FoundMention.Span>> spans = new LinkedHashMap<>();
        for (Hit hit : accepted) {
            List<String> codes = codes(hit);
            String code;
            if (codes.size() == 1) {
                code = codes.get(0);
            } else {
                List<String> named = codes.stream().filter(unambiguous::containsKey).toList();
                if (named.size() != 1) {
                    continue;
                }
                code = named.get(0);
            }
            CountryTerm term = hit.entry().terms().stream().filter(t -> t.code().equals(code))
                    .min(Comparator.comparing(CountryTerm::kind)).orElseThrow();
            spans.computeIfAbsent(code, k -> new ArrayList<>())
                    .add(new FoundMention.Span(hit.start(), hit.end(), term.kind()));
        }
        List<FoundMention> result = new ArrayList<>();
        spans.forEach((code, list) -> result.add(new FoundMention(code,
                list.stream().map(FoundMention.Span::matchedAs).min(Comparator.naturalOrder()).orElseThrow(),
                List.copyOf(list))));
        return List.copyOf(result);
    }

    /** The distinct country codes a hit could stand for. */
    private static List<String> codes(Hit hit) {
        return hit.entry().terms().stream().map(CountryTerm::code).distinct().toList();
    }

    /** Keeps the longest of overlapping hits (then the leftmost), and returns them in text order. */
    private static List<Hit> longestFirst(List<Hit> hits) {
        List<Hit> bySize = new ArrayList<>(hits);
        bySize.sort(Comparator.comparingInt(Hit::length).reversed().thenComparingInt(Hit::start));
        BitSet taken = new BitSet();
        List<Hit> kept = new ArrayList<>();
        for (Hit hit : bySize) {
            if (taken.get(hit.start(), hit.end()).isEmpty()) {
                taken.set(hit.start(), hit.end());
                kept.add(hit);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept;
    }

    /**
     * The original text agrees with a dictionary term when it is written the same way, or in capitals; a term that is
     * itself an abbreviation ("US", "UK") must match exactly.
     */
    static boolean caseAgrees(String original, String term) {
        String o = normalizeSpaces(original);
        String t = normalizeSpaces(term.strip());
        if (o.equals(t)) {
            return true;
        }
        if (o.equals(t + "s") || o.equals((t + "s").toUpperCase(Locale.ROOT))) {
            return true;
        }
        boolean abbreviation = t.equals(t.toUpperCase(Locale.ROOT));
        return !abbreviation && o.equals(t.toUpperCase(Locale.ROOT));
    }

    private boolean excludedByContext(String text, Hit hit, List<Hit> all) {
        String original = text.substring(hit.start(), hit.end());
        boolean allCapsContext = isAllCapsContext(text, hit.start(), hit.end());
        if (inDateline(text, hit.start()) || namesAGeographicFeature(text, hit)) {
            return true;
        }
        boolean isGeorgia = hit.entry().terms().stream().anyMatch(t -> t.code().equals("GE"))
                && original.equalsIgnoreCase("Georgia");
        if (isGeorgia && looksLikeUsState(text, hit, all)) {
            return true;
        }
        if (original.equals("Turkey") && isTheBird(text, hit)) {
            return true;
        }
        if (original.equals("US") && allCapsContext) {
            String before = text.substring(Math.max(0, hit.start() - 4), hit.start());
            boolean after = hit.end() < text.length() && text.charAt(hit.end()) == '-';
            return !(before.equals("THE ") || after);
        }
        return !allCapsContext && partOfProperName(text, hit, all, original);
    }

    /** "the Sea of Japan", "the Korean Peninsula", "the Indian Ocean": a sea or a landform, not the country. */
    private static boolean namesAGeographicFeature(String text, Hit hit) {
        return FEATURE_AFTER.matcher(text.substring(hit.end(), Math.min(text.length(), hit.end() + 20))).find()
                || FEATURE_OF_BEFORE.matcher(text.substring(Math.max(0, hit.start() - 30), hit.start())).find();
    }

    private static String titleOrCaps(List<String> words) {
        return words.stream().map(w -> w + "|" + w.toUpperCase(Locale.ROOT)).collect(Collectors.joining("|"));
    }

    /** A single capitalised word such as "Chad", "Jordan" or "Washington" next to another name is part of that name. */
    private static boolean partOfProperName(String text, Hit hit, List<Hit> all, String original) {
        boolean singleWord = original.chars().allMatch(Character::isLetter);
        boolean abbreviation = original.equals(original.toUpperCase(Locale.ROOT));
        if (!singleWord || abbreviation || hit.entry().terms().stream().allMatch(t -> t.kind() == MatchKind.DEMONYM)) {
            return false;
        }
        Matcher after = WORD_AFTER.matcher(text.substring(hit.end(), Math.min(text.length(), hit.end() + 40)));
        if (after.find() && !NEUTRAL_FOLLOWERS.contains(after.group(1).toLowerCase(Locale.ROOT))
                && !startsHit(all, hit.end() + 1)) {
            return true;
        }
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, hit.start() - 40), hit.start()));
        if (before.find()) {
            String word = before.group(1);
            String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            int wordStart = hit.start() - 1 - word.length();
            return !OPENERS.contains(bare.toLowerCase(Locale.ROOT)) && !endsHit(all, wordStart + bare.length())
                    && !bare.equals(bare.toUpperCase(Locale.ROOT));
        }
        return false;
    }

    /**
     * A sentence that opens with "Turkey" and talks of food or farming ("Turkey prices have fallen", "Turkey is still the
     * centrepiece of Christmas dinner") means the bird: mid-sentence the bird is written "turkey".
     */
    private static boolean isTheBird(String text, Hit hit) {
        int start = hit.start();
        while (start > 0 && isBlankOrQuote(text.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        int end = hit.end();
        int stop = end;
        while (stop < text.length() && ".!?\n".indexOf(text.charAt(stop)) < 0) {
            stop++;
        }
        return BIRD_CONTEXT.matcher(text.substring(end, stop)).find();
    }

    private static boolean isBlankOrQuote(char c) {
        return c == ' ' || c == '\u00A0' || c == '"' || c == '\u201C';
    }

    private static boolean looksLikeUsState(String text, Hit hit, List<Hit> all) {
        String before = text.substring(Math.max(0, hit.start() - 40), hit.start());
        String after = text.substring(hit.end(), Math.min(text.length(), hit.end() + 40));
        if (STATE_OF_BEFORE.matcher(before).find() || US_STATE_AFTER.matcher(after).find()) {
            return true;
        }
        Matcher city = CITY_COMMA_BEFORE.matcher(before);
        if (city.find()) {
            // "Tbilisi, Georgia" names the country: the word before is itself a country word.
            int cityEnd = hit.start() - (before.length() - city.end(1));
            return !endsHit(all, cityEnd);
        }
        return false;
    }

    private static boolean inDateline(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        if (offset - lineStart > 60) {
            return false;
        }
        Matcher matcher = DATELINE.matcher(text.substring(lineStart, Math.min(text.length(), lineStart + 120)));
        return matcher.find() && offset < lineStart + matcher.end();
    }

    private static boolean startsHit(List<Hit> hits, int offset) {
        return hits.stream().anyMatch(h -> h.start() == offset && !h.entry().notAMention());
    }

    private static boolean endsHit(List<Hit> hits, int offset) {
        return hits.stream().anyMatch(h -> h.end() == offset && !h.entry().notAMention());
    }

    /** No lower-case letter within the surrounding 30 characters on either side. */
    private static boolean isAllCapsContext(String text, int start, int end) {
        int from = Math.max(0, start - 30);
        int to = Math.min(text.length(), end + 30);
        boolean letters = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /**
     * A same-length, case-folded copy for matching: lower case, every kind of space (including U+00A0) as a plain space,
     * typographic apostrophes as "'". Same length means offsets into the copy are offsets into the original.
     */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = foldChar(chars[i]);
        }
        return new String(chars);
    }

    private static char foldChar(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2032') {
            return '\'';
        }
        return Character.toLowerCase(c);
    }

    private static String normalizeSpaces(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                chars[i] = ' ';
            } else if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2032') {
                chars[i] = '\'';
            }
        }
        return new String(chars);
    }
}
