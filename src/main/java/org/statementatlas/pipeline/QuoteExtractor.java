package org.statementatlas.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quoted passages (between “ ” « » or straight double quotes) of at least three words, with the speaker when the
 * sentence names one: {@code "...," the statement reads}, {@code said the statement released by ...}, {@code Blinken
 * said: "..."}, {@code The signatories also called on Pyongyang to "..."}. Single quoted words ("flagrantly") are
 * emphasis, not quotes, and are skipped. Stateless and thread-safe.
 */
public final class QuoteExtractor {

    /** A quoted passage; offsets are into the text, the quotation marks excluded. */
    public record FoundQuote(String text, String speaker, int start, int end) {
    }

    private static final int MAX_SPEAKER = 120;
    private static final String VERBS = "said|says|stated|states|noted|notes|added|adds|wrote|writes|reads|read|emphasi[sz]es"
            + "|emphasi[sz]ed|stressed|stresses|declared|declares|warned|warns|told [\\w ]{1,30}?|urged|urges|insisted";

    private static final Pattern QUOTED = Pattern
            .compile("\u201C([^\u201C\u201D\\n]{1,5000})\u201D|\u00AB([^\u00AB\u00BB\\n]{1,5000})\u00BB"
                    + "|\"([^\"\\n]{1,5000})\"");
    /** After the quote: {@code , said the statement.} */
    private static final Pattern VERB_THEN_SPEAKER = Pattern.compile(
            "^[,\\s]*(?:" + VERBS + ")\\s+((?:the\\s+|a\\s+)?[^.,;:!?\"\u201C\u201D]{2," + MAX_SPEAKER
                    + "}?)\\s*(?=[.,;:!?]|$)");
    /** After the quote: {@code , the UK authority stated.} */
    private static final Pattern SPEAKER_THEN_VERB = Pattern.compile(
            "^[,\\s]*((?:the\\s+|a\\s+|The\\s+)?[^.,;:!?\"\u201C\u201D]{2," + MAX_SPEAKER + "}?)\\s+(?:also\\s+)?(?:" + VERBS
                    + ")\\b");
    /** Before the quote: {@code Blinken said: } or {@code The signatories also called on Pyongyang to }. */
    private static final Pattern SPEAKER_BEFORE = Pattern.compile(
            "(?:^|[.!?]\\s+|\\n)(\\p{Lu}[^.!?\"\u201C\u201D\\n]{1," + MAX_SPEAKER + "}?)\\s+(?:also\\s+)?(?:" + VERBS
                    + "|called on|called for|calls on|urged)\\b[^.!?\"\u201C\u201D\\n]{0,80}$");

    public List<FoundQuote> extract(String text) {
        List<FoundQuote> quotes = new ArrayList<>();
        if (text == null) {
            return quotes;
        }
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            String inner = m.group(group);
            String quote = inner.strip();
            if (quote.split("\\s+").length < 3) {
                continue;
            }
            int start = m.start(group) + inner.indexOf(quote);
            int end = start + quote.length();
            quotes.add(new FoundQuote(quote, speaker(text, m.start(), m.end()), start, end));
        }
        return quotes;
    }

    private static String speaker(String text, int quoteStart, int quoteEnd) {
        String after = text.substring(quoteEnd, Math.min(text.length(), quoteEnd + 200));
        int lineEnd = after.indexOf('\n');
        if (lineEnd >= 0) {
            after = after.substring(0, lineEnd);
        }
        Matcher m = VERB_THEN_SPEAKER.matcher(after);
        if (m.find()) {
            return clean(m.group(1));
        }
        m = SPEAKER_THEN_VERB.matcher(after);
        if (m.find() && !m.group(1).isBlank()) {
            return clean(m.group(1));
        }
        String before = text.substring(Math.max(0, quoteStart - 200), quoteStart);
        m = SPEAKER_BEFORE.matcher(before);
        if (m.find()) {
            return clean(m.group(1));
        }
        return null;
    }

    private static String clean(String speaker) {
        String s = speaker.replaceAll("[\\s\u00A0]+", " ").strip();
        return s.isEmpty() || s.length() > MAX_SPEAKER ? null : s;
    }
}
