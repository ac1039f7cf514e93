package org.statementatlas.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the UN Security Council resolutions an article cites and normalises them to the UN document symbol,
 * "S/RES/1718 (2006)", the form statements use. Handles lists with stray punctuation ("Resolutions 1718 (2006), 1874
 * (2009). and 2270 (2016)"), "UNSCR 1718", "resolution No. 2231", all capitals, and symbols already written as
 * "S/RES/1718(2006)". A resolution cited without its year is kept as "S/RES/1718". Stateless and thread-safe.
 */
public final class ResolutionExtractor {

    private static final String ITEM = "(?:No\\.?\\s*)?\\d{2,4}(?:\\s*\\(\\s*\\d{4}\\s*\\))?";
    private static final Pattern LIST = Pattern.compile(
            "\\b(?:resolutions?|UNSCRs?)\\s+(" + ITEM + "(?:\\s*[.,;]?\\s*(?:and|&|as well as)?\\s*" + ITEM + ")*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SYMBOL = Pattern.compile("\\bS/RES/(\\d{1,4})\\s*(?:\\((\\d{4})\\))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("(\\d{2,4})(?:\\s*\\(\\s*(\\d{4})\\s*\\))?");

    /** The resolutions cited, normalised, in order of first citation. */
    public List<String> extract(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher list = LIST.matcher(text);
        while (list.find()) {
            Matcher number = NUMBER.matcher(list.group(1));
            while (number.find()) {
                add(found, number.group(1), number.group(2));
            }
        }
        Matcher symbol = SYMBOL.matcher(text);
        while (symbol.find()) {
            add(found, symbol.group(1), symbol.group(2));
        }
        return found;
    }

    private static void add(List<String> found, String number, String year) {
        String bare = "S/RES/" + Integer.parseInt(number);
        String symbol = year == null ? bare : bare + " (" + year + ")";
        if (year != null) {
            // A later citation with the year completes an earlier one without it.
            found.replaceAll(s -> s.equals(bare) ? symbol : s);
        }
        if (!found.contains(symbol) && !(year == null && found.stream().anyMatch(s -> s.startsWith(bare + " ")))) {
            found.add(symbol);
        }
    }
}
