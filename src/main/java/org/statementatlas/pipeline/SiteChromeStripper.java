package org.statementatlas.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes what news sites wrap around an article's body: menus, banners, ads, teasers and related-story lists,
 * newsletter prompts, hashtags, credits footers, reader comments.
 * <p>
 * The result is the body only. Everything before the first paragraph of prose is treated as front matter and dropped:
 * breadcrumbs, the headline and its duplicates, date lines, bylines, photo credits, a lone outlet credit such as
 * "Ukrinform", banners. Headline and date must therefore be extracted from the raw text, not from this output. A wire
 * dateline such as {@code WASHINGTON (Reuters) -} belongs to the first paragraph and is kept, as are the "Source:",
 * "Details:", "Quote:" and "Background:" paragraphs of Ukrainska Pravda style articles.
 * <p>
 * Once the body has started, each line is judged by its form, not by its words: {@link ChromeLineModel} scores it from
 * its length, how it ends, a label before a colon, a call to the reader, separators, hashtags, links and whether it
 * stands in a run of short headline-like lines (a related-stories box). A short line the model calls chrome between
 * two paragraphs is kept as a subheading unless it carries a cue besides its shape; a line that continues a
 * hard-wrapped paragraph and an item of a list the body introduces with a colon are body. Nothing after the last
 * paragraph of prose is kept. What form cannot tell is left to a short table of phrases: ad labels, photo credits,
 * corrections and staff credits, reuse policies and disclaimers, copyright lines and reader comments (which end the
 * article), an agency's sign-off, and timestamps after the body has started.
 * <p>
 * Output lines are trimmed; paragraphs are separated by exactly one blank line; lines that were adjacent in the input
 * (a hard-wrapped paragraph) stay adjacent. Characters inside lines are left as they are. If no line qualifies as prose,
 * only the explicit chrome rules are applied, so short texts are not lost. The class is stateless and thread-safe.
 * <p>
 * Over 300 lines on purpose: the chrome rules only work together, in the one pass that decides where the body
 * starts and ends, so they stay in one class next to the state they share.
 */
public final class SiteChromeStripper {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Chrome lines are short; a long line that happens to contain a keyword is body text. */
    private static final int SHORT_LINE_WORDS = 12;

    /** The longest chrome seen (a reuse policy) is under 1,000 characters; longer lines are body, and skipping them bounds the cost. */
    private static final int MAX_CHROME_CHARS = 3_000;

    /** Labels some agencies open body paragraphs with ("Source: ...", "Details: ..."); a teaser's label looks the same. */
    private static final Pattern BODY_LABEL = Pattern.compile("^(?:source|details|quote|background|context|update)s?:",
            FLAGS);

    /** An ad slot's label: structure cannot tell it from a one-word line of the body. */
    private static final Pattern AD_LABEL = Pattern.compile(
            "(?:advertisement|advert|ads?|sponsored(?: content)?|promoted(?: content)?|partner content)\\W*", FLAGS);

    /** A photo credit or caption label: "Photo: Reuters", "Illustrative photo", "Getty Images". */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "^\\(?(?:(?:stock|file|main|lead|featured|cover|top|header|illustrative|archive|archival)\\s+)?"
                    + "(?:photo(?:graph)?s?|images?|pictures?|illustrations?|videos?|graphics?)"
                    + "(?:\\s+(?:credits?|source|courtesy))?\\s*(?::|by\\b|via\\b|courtesy\\b|\u00A9|/)"
                    + "|^(?:illustrative|stock|file|archive) (?:photo|image|picture)s?\\W*$"
                    + "|^(?:photo |image )?credits?\\s*:"
                    + "|getty images|shutterstock|ap photo|afp via|/\\s*(?:afp|reuters|epa|ap)\\b",
            FLAGS);

    private static final Pattern CORRECTION = Pattern.compile(
            "ctrl\\s*\\+?\\s*enter|write to us here"
                    + "|^(?:if you(?: \\w+){1,2}|to \\w+|have you \\w+|spotted|found|noticed|see|report) an? (?:error|typo|mistake|inaccuracy|correction)\\b",
            FLAGS);

    private static final Pattern POLICY_ACT = Pattern.compile(
            "\\bcit(?:ing|ation)\\b|\\bquoting\\b|reproduc|republi|reprint|\\bcopying\\b|\\bus(?:e|ing) (?:of )?(?:any |the |our )?materials?",
            FLAGS);
    private static final Pattern POLICY_OBJECT = Pattern.compile("\\bmaterials?\\b|\\bcontent\\b", FLAGS);
    private static final Pattern POLICY_LINK = Pattern.compile("hyperlink|\\blinks? to\\b|active link|permission", FLAGS);
    private static final Pattern POLICY_REQUIREMENT = Pattern.compile(
            "mandatory|required|obligatory|prohibited|forbidden|only (?:if|with|when)|possible only|\\bmust\\b|not allowed",
            FLAGS);
    private static final Pattern DISCLAIMER = Pattern.compile(
            "(?:views|opinions) expressed .{0,120}(?:do not|don't|does not) necessarily reflect", FLAGS);

    private static final Pattern ORIGIN_CREDIT = Pattern.compile(
            "^(?:this (?:article|story|piece|report|text|material|post|content) (?:is|was|has been|had been) (?:originally |first )?"
                    + "(?:published|posted|appeared|written|produced)"
                    + "|(?:originally|first) (?:published|appeared|posted) (?:on|in|by|at)\\b"
                    + "|this (?:article|story|piece) (?:first|originally) appeared"
                    + "|republished (?:with permission )?(?:from|courtesy)|reprinted (?:with permission )?from)",
            FLAGS);
    private static final Pattern STAFF_CREDIT = Pattern.compile(
            "^\\(?(?:reporting|writing|editing|additional reporting|compiled|translated|edited|produced|prepared) by\\b"
                    + "|^our standards\\b|trust principles",
            FLAGS);

    /** A wire agency's sign-off on a line of its own: "dpa", "(AFP)", "— Reuters", "AFP/mb". */
    private static final Pattern AGENCY_SIGN_OFF = Pattern.compile(
            "^[(\\[\\-\u2013\u2014\\s]*(?:AFP|Reuters|REUTERS|AP|dpa|DPA|Xinhua|Yonhap|Kyodo|UPI|END|end)(?:\\s*/\\s*[\\w.]{1,12})?[)\\]]?\\.?$");

    private static final Pattern COPYRIGHT = Pattern.compile("\u00A9|^copyright\\b|^\\(c\\)\\s*\\d{4}|all rights reserved",
            FLAGS);
    private static final Pattern COPYRIGHT_FOOTER = Pattern.compile(
            "all rights reserved|\u00A9\\s*(?:\\d{4}|copyright)|^copyright\\s*(?:\u00A9|\\d{4})|^\\(c\\)\\s*\\d{4}", FLAGS);

    private static final Pattern COMMENTS = Pattern.compile(
            "^(?:(?:\\d+\\s+)?(?:reader\\s+)?comments?(?:\\s*[(:\\[]?\\s*\\d+\\s*[)\\]]?)?"
                    + "|(?:show|view|load|read|hide|see) (?:all )?(?:\\d+ )?(?:reader )?comments?(?:\\s*\\(\\d+\\))?"
                    + "|leave a (?:comment|reply)|add (?:a |your )?comment|post (?:a )?comment"
                    + "|join the (?:conversation|discussion|debate)|this comment contains spoilers.*)[\\s\\p{Punct}]*"
                    + "(?:(?:be the first to (?:comment|reply|respond)|no comments yet|join the (?:conversation|discussion)"
                    + "|add (?:a |your )?comment)[\\s\\p{Punct}]*)?$",
            FLAGS);

    private static final Pattern BYLINE = Pattern.compile("^by\\s+\\S", FLAGS);
    private static final Pattern DATE_NOISE = Pattern.compile(
            "\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b"
                    + "|\\b(?:published|updated|posted|last|modified|on|at|am|pm|gmt|utc|cet|cest|eet|eest|est|edt|cst|cdt|mst|mdt|pst|pdt"
                    + "|bst|msk|kst|jst|kyiv|time|ago"
                    + "|days?|hours?|minutes?|mins?|date)\\b|[\\d\\p{Punct}\\s\u00B7\u2022\u2013\u2014]",
            FLAGS);
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private static final Pattern WRAP_TAIL = Pattern.compile(
            "(?:[,;\\-\u2013\u2014]|\\b(?:the|a|an|of|to|in|on|and|or|that|with|for|by|from|at|as|its|their|his|her))$", FLAGS);

    private static final String CLOSERS = "\"'\u201D\u2019\u00BB)]*_";

    /**
     * Returns the body of {@code raw} without site chrome, or an empty string when nothing is left. Never throws; a
     * {@code null} input is treated as empty.
     */
    public String strip(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<Line> lines = split(raw);
        List<Line> kept = select(lines, false);
        if (kept == null) {
            // No prose paragraph anywhere: the front-matter heuristic would drop everything, so rely on explicit rules only.
            kept = select(lines, true);
        }
        return render(kept);
    }

    /** One non-blank input line; {@code block} counts blank-line separated groups, {@code index} counts lines. */
    private record Line(String text, int block, int index) {
    }

    /** What an explicit rule says about a line: not chrome, drop the line, or drop it and everything after it. */
    private enum Chrome {
        NONE, LINE, END
    }

    private static List<Line> split(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u0085', '\n').replace('\u2028', '\n')
                .replace('\u2029', '\n').replace('\f', '\n').replace('\u000B', '\n');
        List<Line> lines = new ArrayList<>();
        int block = 0;
        boolean blankSeen = false;
        for (String rawLine : text.split("\n", -1)) {
            String line = trim(removeControls(rawLine));
            if (line.isEmpty()) {
                blankSeen = true;
                continue;
            }
            // A line printed twice in a row (a headline above its own link) is printed once.
            if (!lines.isEmpty() && collapse(line).equals(collapse(lines.get(lines.size() - 1).text()))) {
                continue;
            }
            if (blankSeen && !lines.isEmpty()) {
                block++;
            }
            blankSeen = false;
            lines.add(new Line(line, block, lines.size()));
        }
        return lines;
    }

    /**
     * Returns the kept lines, or {@code null} when no body start was found and {@code bodyKnown} is false. Once the body
     * has started, a line goes when an explicit rule or {@link ChromeLineModel} says it is chrome, and nothing after the
     * last paragraph of prose is kept.
     */
    private static List<Line> select(List<Line> lines, boolean bodyKnown) {
        List<String> texts = lines.stream().map(Line::text).toList();
        List<Line> kept = new ArrayList<>();
        boolean bodyStarted = bodyKnown;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text();
            Chrome chrome = classify(text, bodyStarted);
            if (chrome == Chrome.END) {
                break;
            }
            if (chrome == Chrome.LINE) {
                continue;
            }
            Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            if (!bodyStarted) {
                if (!isBodyStart(line, next)) {
                    continue;
                }
                bodyStarted = true;
            } else if (!inWrappedParagraph(kept, line, next)
                    && (isChromeAlone(text) || !bodyKnown && isChromeByForm(texts, i))) {
                continue;
            }
            kept.add(line);
        }
        if (!bodyStarted) {
            return null;
        }
        return bodyKnown ? kept : upToLastParagraph(kept, texts);
    }

    /**
     * Chrome by form: a short call to the reader to act, a teaser cut off with an ellipsis, the summary under a teaser
     * headline, or what the model scores as chrome, except that a lone short line between two paragraphs with no cue
     * but its shape is a subheading.
     */
    private static boolean isChromeByForm(List<String> texts, int i) {
        String text = texts.get(i);
        int words = wordCount(text);
        if (words <= 40 && isTeaserSummary(texts, i)) {
            return true;
        }
        if (ChromeLineModel.probability(texts, i) < 0.5 || isListItem(texts, i)
                || i + 1 < texts.size() && isListItem(texts, i + 1)) {
            return false;
        }
        if (words > SHORT_LINE_WORDS) {
            // A long line is chrome by more than its shape: separators, a link, a hashtag, a call to the reader.
            return ChromeLineModel.hasCue(text, false);
        }
        boolean betweenBody = i > 0 && i + 1 < texts.size()
                && (isProse(texts.get(i - 1)) || isListItem(texts, i - 1)) && isProse(texts.get(i + 1));
        boolean subheading = betweenBody && words >= 2 && words <= 10 && !text.endsWith(":")
                && (!ChromeLineModel.hasCue(text, true) || BODY_LABEL.matcher(text).find());
        return !subheading;
    }

    /** Chrome that shows on its own line without context: a call to the reader, an ad label, a photo credit, a cut teaser. */
    private static boolean isChromeAlone(String text) {
        int words = wordCount(text);
        return words <= SHORT_LINE_WORDS && (ChromeLineModel.asksTheReader(text) || AD_LABEL.matcher(text).matches())
                || words <= 15 && PHOTO_CREDIT.matcher(text).find() || words <= 25 && endsWithEllipsis(text);
    }

    /** An item of a list that a sentence of the body introduces with a colon ("The statement was signed by:"). */
    private static boolean isListItem(List<String> texts, int i) {
        int j = i - 1;
        while (j >= 0 && ChromeLineModel.headlineLike(texts.get(j)) && !texts.get(j).endsWith(":")) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        String intro = texts.get(j);
        return intro.endsWith(":") && wordCount(intro) >= 5 && !ChromeLineModel.hasCue(intro, true)
                && wordCount(texts.get(i)) <= 4;
    }

    /** A sentence under a teaser headline that follows a box title or another teaser. */
    private static boolean isTeaserSummary(List<String> texts, int i) {
        return i >= 2 && isTerminated(texts.get(i)) && ChromeLineModel.headlineLike(texts.get(i - 1))
                && ChromeLineModel.headlineLike(texts.get(i - 2)) && !isListItem(texts, i - 1)
                && !isListItem(texts, i - 2);
    }

    /** A line of a hard-wrapped paragraph: it continues an unfinished line, or the next line continues it. */
    private static boolean inWrappedParagraph(List<Line> kept, Line line, Line next) {
        Line last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
        boolean continues = last != null && adjacent(last, line) && wordCount(last.text()) >= 6
                && !isTerminated(last.text());
        boolean continued = next != null && adjacent(line, next) && wordCount(line.text()) >= 6
                && (startsLowercase(next.text()) || WRAP_TAIL.matcher(line.text()).find());
        return continues || continued;
    }

    private static boolean adjacent(Line a, Line b) {
        return a.block() == b.block() && a.index() == b.index() - 1;
    }

    /** The kept lines up to the last paragraph of prose or list (with the rest of a hard-wrapped last paragraph). */
    private static List<Line> upToLastParagraph(List<Line> kept, List<String> texts) {
        int last = kept.size() - 1;
        while (last > 0 && !isProse(kept.get(last).text()) && !isListItem(texts, kept.get(last).index())) {
            last--;
        }
        while (last + 1 < kept.size() && adjacent(kept.get(last), kept.get(last + 1))
                && !isTerminated(kept.get(last).text())) {
            last++;
        }
        return kept.subList(0, last + 1);
    }

    private static Chrome classify(String text, boolean bodyStarted) {
        if (text.length() > MAX_CHROME_CHARS) {
            return Chrome.NONE;
        }
        int words = wordCount(text);
        if (COMMENTS.matcher(text).matches()) {
            // Before the body this is a comment-count badge, not the start of the reader comments.
            return bodyStarted ? Chrome.END : Chrome.LINE;
        }
        if (words <= 20 && COPYRIGHT.matcher(text).find()) {
            return bodyStarted && COPYRIGHT_FOOTER.matcher(text).find() ? Chrome.END : Chrome.LINE;
        }
        if (words <= 3 && AGENCY_SIGN_OFF.matcher(text).matches()) {
            return Chrome.LINE;
        }
        if (words <= 40 && (CORRECTION.matcher(text).find() || STAFF_CREDIT.matcher(text).find())) {
            return Chrome.LINE;
        }
        if (words <= 30 && ORIGIN_CREDIT.matcher(text).find()) {
            return Chrome.LINE;
        }
        if (isReusePolicy(text) || DISCLAIMER.matcher(text).find()) {
            return Chrome.LINE;
        }
        if (bodyStarted && words <= 8 && isDateLine(text)) {
            // A timestamp after the body has started: the wire story's closing time or a live blog's entry time.
            return Chrome.LINE;
        }
        return Chrome.NONE;
    }

    private static boolean isReusePolicy(String text) {
        return POLICY_ACT.matcher(text).find() && POLICY_OBJECT.matcher(text).find() && POLICY_LINK.matcher(text).find()
                && POLICY_REQUIREMENT.matcher(text).find();
    }

    /** Front matter (headline, date, byline, credits) ends at the first line that reads as a paragraph of prose. */
    private static boolean isBodyStart(Line line, Line next) {
        String text = line.text();
        if (text.length() > MAX_CHROME_CHARS) {
            return true;
        }
        if (isDateLine(text)) {
            return false;
        }
        int words = wordCount(text);
        if (words <= SHORT_LINE_WORDS && BYLINE.matcher(text).find()) {
            return false;
        }
        if (isProse(text)) {
            return true;
        }
        // A hard-wrapped first paragraph: its first line ends mid-sentence.
        return words >= 6 && next != null && next.block() == line.block() && classify(next.text(), false) == Chrome.NONE
                && (startsLowercase(next.text()) || WRAP_TAIL.matcher(text).find());
    }

    private static boolean isProse(String text) {
        int words = wordCount(text);
        if (words > 30) {
            return true;
        }
        return words >= 5 && isTerminated(text) && !endsWithEllipsis(text);
    }

    /** A line that is a date, a time and their labels and nothing else ("Published: 12/01/2024 14:30 CET"). */
    static boolean isDateLine(String text) {
        return DIGIT.matcher(text).find() && DATE_NOISE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").isEmpty();
    }

    static boolean isTerminated(String text) {
        char last = lastSignificantChar(text);
        return last == '.' || last == '!' || last == '?' || last == '\u2026' || last == ':';
    }

    private static boolean endsWithEllipsis(String text) {
        String core = stripClosers(text);
        return core.endsWith("...") || core.endsWith("\u2026");
    }

    private static char lastSignificantChar(String text) {
        String core = stripClosers(text);
        return core.isEmpty() ? '\0' : core.charAt(core.length() - 1);
    }

    private static String stripClosers(String text) {
        int end = text.length();
        while (end > 0 && (CLOSERS.indexOf(text.charAt(end - 1)) >= 0 || isBlank(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean startsLowercase(String text) {
        return Character.isLowerCase(text.codePointAt(0));
    }

    static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean blank = isBlank(text.charAt(i));
            if (!blank && !inWord) {
                count++;
            }
            inWord = !blank;
        }
        return count;
    }

    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBlank(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Control characters are transport debris, not text; tabs survive because they are whitespace inside a line. */
    private static String removeControls(String line) {
        StringBuilder out = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL && c != '\t';
            if (control && out == null) {
                out = new StringBuilder(line.length());
                out.append(line, 0, i);
            } else if (!control && out != null) {
                out.append(c);
            }
        }
        return out == null ? line : out.toString();
    }

    private static String trim(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isBlank(line.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    /** Besides ASCII whitespace, pages carry no-break and zero-width spaces that are invisible at a line's edge. */
    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C' || c == '\u200D'
                || c == '\u2060' || c == '\uFEFF';
    }

    private static String render(List<Line> kept) {
        StringBuilder out = new StringBuilder();
        Line previous = null;
        for (Line line : kept) {
            if (previous != null) {
                boolean sameParagraph = previous.block() == line.block() && previous.index() == line.index() - 1;
                out.append(sameParagraph ? "\n" : "\n\n");
            }
            out.append(line.text());
            previous = line;
        }
        return out.toString();
    }
}
