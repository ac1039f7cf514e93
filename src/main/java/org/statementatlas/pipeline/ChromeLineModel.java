package org.statementatlas.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores a line of page text as site chrome by its form rather than its phrases: its length, how it ends, capitalised
 * words, a label before a colon, a call-to-action verb, the reader addressed as "you", separators, hashtags, links,
 * and whether it stands in a run of short headline-like lines. A logistic model: the weights are fitted on the tuning
 * half of the evaluation set by {@code ChromeModelFit} (test sources, run by {@code bench/fit-chrome-model.sh}) and
 * pasted here. Stateless and thread-safe.
 */
public final class ChromeLineModel {

    /** The features, in weight order; each is 0 or 1 except the bias. */
    public static final List<String> FEATURES = List.of("bias", "unterminated", "ends with colon", "1-4 words", "5-12 words",
            "label before colon", "call to action", "addresses the reader", "separators", "hashtag or handle", "link",
            "quotation", "title case", "in a headline run", "date or time only", "starts lowercase",
            "several sentences");

    /** Fitted by ChromeModelFit on the tuning half; see the class comment. */
    private static final double[] WEIGHTS = {-2.67, 2.77, 0.02, 1.21, 1.11, 0.63, 0.62, 0.37, 0.46, 0.04, 0.00,
            -0.33, -0.09, 1.55, 0.17, 0.00, 0.12};

    /** Verbs a page uses to ask the reader to act, not to report. */
    private static final Set<String> CALL_TO_ACTION = Set.of("subscribe", "sign", "share", "follow", "read", "watch",
            "listen", "get", "download", "join", "register", "enter", "click", "tap", "see", "explore", "discover",
            "support", "donate", "log", "show", "load", "view", "refresh", "copy", "print", "save", "comment", "accept",
            "reject", "manage", "continue", "scroll", "try", "buy", "shop", "book", "contact", "send", "email", "tweet",
            "like", "leave", "add", "post");

    private static final Pattern LABEL = Pattern.compile("^[\\p{L}&'\u2019 ]{1,30}:\\s*\\S");
    private static final Pattern READER = Pattern.compile("\\b(?:you|your|yours)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile("\\s[|\u00B7\u2022\u203A\u00BB>/]\\s|\\s\\|$");
    private static final Pattern OUR = Pattern.compile("\\b(?:[Oo]ur|us)\\b");
    private static final Pattern HASHTAG = Pattern.compile("(?:^|\\s)[#@][\\p{L}\\p{N}_]{2,}");
    private static final Pattern LINK = Pattern.compile(
            "https?://|\\bwww\\.|\\S@\\S+\\.\\p{L}{2,}|\\b[\\w-]+\\.(?:com|org|net|co\\.uk|io)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE = Pattern.compile("[\"\u201C\u201D\u00AB\u00BB\u201E]");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"\u201D\u2019)]?\\s+\\p{Lu}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019\\-]*");
    private static final Pattern ACTION_AFTER_BREAK = Pattern.compile("(?:[.!?|:]\\s+|^)(\\p{L}+)");

    private ChromeLineModel() {
    }

    /** The probability that {@code lines.get(i)} is chrome; lines are the page's trimmed, non-blank lines. */
    static double probability(List<String> lines, int i) {
        double[] x = features(lines, i);
        double z = 0;
        for (int k = 0; k < x.length; k++) {
            z += WEIGHTS[k] * x[k];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The feature vector of {@code lines.get(i)}, in {@link #FEATURES} order. */
    public static double[] features(List<String> lines, int i) {
        String text = lines.get(i);
        int words = SiteChromeStripper.wordCount(text);
        boolean headlineLike = headlineLike(text);
        boolean run = headlineLike && (i > 0 && headlineLike(lines.get(i - 1))
                || i + 1 < lines.size() && headlineLike(lines.get(i + 1)));
        return new double[]{1, bit(!SiteChromeStripper.isTerminated(text) || text.endsWith(":")), bit(text.endsWith(":")),
                bit(words <= 4), bit(words > 4 && words <= 12), bit(LABEL.matcher(text).find()),
                bit(callToAction(text)), bit(READER.matcher(text).find()), bit(SEPARATOR.matcher(text).find()),
                bit(HASHTAG.matcher(text).find()), bit(LINK.matcher(text).find()), bit(QUOTE.matcher(text).find()),
                bit(titleCase(text)), bit(run), bit(SiteChromeStripper.isDateLine(text)),
                bit(Character.isLowerCase(text.codePointAt(0))), bit(SENTENCE_BREAK.matcher(text).find())};
    }

    /** Opens with a call to action and addresses the reader, or is not a sentence at all: "Sign up for our newsletter". */
    static boolean asksTheReader(String text) {
        var first = ACTION_AFTER_BREAK.matcher(text);
        return first.lookingAt() && CALL_TO_ACTION.contains(first.group(1).toLowerCase(Locale.ROOT))
                && (READER.matcher(text).find() || OUR.matcher(text).find() || !SiteChromeStripper.isTerminated(text)
                        || text.endsWith("!"))
                && !QUOTE.matcher(text).find();
    }

    /**
     * Whether the line carries a cue of chrome besides its shape: a call to action, "you", separators, a hashtag, a
     * link, and if {@code label} a label before a colon.
     */
    static boolean hasCue(String text, boolean label) {
        return label && LABEL.matcher(text).find() || callToAction(text) || READER.matcher(text).find()
                || SEPARATOR.matcher(text).find() || HASHTAG.matcher(text).find() || LINK.matcher(text).find();
    }

    /** Short and not ending like a sentence: a teaser headline, a box title, a menu entry. */
    static boolean headlineLike(String text) {
        int words = SiteChromeStripper.wordCount(text);
        return words > 0 && words <= 15 && (!SiteChromeStripper.isTerminated(text) || text.endsWith(":"))
                && !QUOTE.matcher(text).find();
    }

    private static boolean callToAction(String text) {
        var m = ACTION_AFTER_BREAK.matcher(text);
        while (m.find()) {
            if (CALL_TO_ACTION.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Most words of four letters or more start with a capital. */
    private static boolean titleCase(String text) {
        var m = WORD.matcher(text);
        int longWords = 0;
        int capital = 0;
        while (m.find()) {
            if (m.group().length() >= 4) {
                longWords++;
                if (Character.isUpperCase(m.group().codePointAt(0))) {
                    capital++;
                }
            }
        }
        return longWords >= 2 && capital * 10 >= longWords * 6;
    }

    private static double bit(boolean b) {
        return b ? 1 : 0;
    }
}
