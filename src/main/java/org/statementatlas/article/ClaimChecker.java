package org.statementatlas.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.statementatlas.country.CountryKind;
import org.statementatlas.statement.SignatureQueries;
import org.statementatlas.statement.StatementView;

/**
 * Checks signatory-count claims against the signatory list on the day each article was published, and says why.
 * <p>
 * The actual number counts signatures first listed on or before the publication date, disputed ones left out, in the
 * claim's unit: countries and ministers count states (each state signs through one minister), signatories count states
 * and organisations. An exact claim MATCHES that number; it also matches when the disputed signatories are counted. It
 * is MATCHES_EXCLUDING_LEAD when it is one short and the statement's lead signer signed: the issuer of a national
 * statement, or the country whose capital a joint statement was issued in (the United States for Washington). A hedged
 * claim is APPROXIMATE when the number agrees with its hedge: "nearly 50" means 50 or up to max(2, 10%) fewer.
 */
public final class ClaimChecker {

    private ClaimChecker() {
    }

    /** What one statement's list looked like on one day. */
    public record Tally(LocalDate asOf, int states, List<String> organizations, int disputedStates, String lead,
            boolean leadSigned) {
    }

    /** The outcome for one claim. */
    public record Check(Integer actual, Verdict verdict, String explanation) {
    }

    /** How far, in characters, the quoted sentence may reach on each side of the claim. */
    private static final int MAX_SENTENCE = 200;

    /** A claim as stored, with its article and statement (null when the article reports none), before it is checked. */
    public record Stored(Long id, SourceArticleView article, StatementView statement, String phrase, int value,
            boolean approximate, ClaimQualifier qualifier, ClaimUnit counts, boolean inHeadline, Integer start,
            Integer end, FindingMethod method) {
    }

    /** Checks claims, in one query for all of them, and gives their read models in the same order. */
    public static List<ClaimView> check(List<Stored> claims) {
        Set<Long> statementIds = claims.stream().filter(c -> c.statement() != null).map(c -> c.statement().id())
                .collect(Collectors.toSet());
        // One query whatever the claims.
        Map<Long, SignatureQueries.SignatoryList> lists = SignatureQueries.signatoryLists(statementIds);
        List<ClaimView> checked = new ArrayList<>(claims.size());
        for (Stored claim : claims) {
            Check check;
            if (claim.statement() == null) {
                check = new Check(null, null, "Not checked: the article is linked to no statement.");
            } else {
                LocalDate asOf = claim.article().publishedOn();
                long statementId = claim.statement().id();
                SignatureQueries.SignatoryList list = lists.getOrDefault(statementId,
                        new SignatureQueries.SignatoryList(null, List.of()));
                Tally tally = asOf == null ? null : tally(list.signatories(), asOf, list.lead());
                check = judge(claim.value(), claim.qualifier(), claim.counts(), claim.phrase(), tally);
            }
            checked.add(new ClaimView(claim.id(), claim.article(), claim.statement(), claim.phrase(), claim.value(),
                    claim.approximate(), claim.qualifier(), claim.counts(), claim.inHeadline(), claim.start(),
                    claim.end(), check.actual(), check.verdict(), check.explanation() + " " + source(claim), claim.method()));
        }
        return checked;
    }

    /** Where the claim was read: the headline, or the body sentence around its offsets. */
    static String source(Stored claim) {
        String text = claim.article().text();
        if (claim.inHeadline() || claim.start() == null || claim.end() == null || text == null
                || claim.end() > text.length()) {
            return "Read in the headline.";
        }
        int from = claim.start();
        while (from > 0 && claim.start() - from < MAX_SENTENCE && !sentenceEnd(text, from - 1)) {
            from--;
        }
        int to = claim.end();
        while (to < text.length() && to - claim.end() < MAX_SENTENCE && !sentenceEnd(text, to)) {
            to++;
        }
        if (to < text.length() && text.charAt(to) != '\n') {
            to++;
        }
        return "Read in the sentence \"" + text.substring(from, to).strip().replaceAll("\\s+", " ") + "\"";
    }

    private static boolean sentenceEnd(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' '
                || text.charAt(i + 1) == '\n');
    }

    private static Tally tally(List<SignatureQueries.ListedSignatory> rows, LocalDate asOf, String lead) {
        int states = 0;
        int disputed = 0;
        List<String> organizations = new ArrayList<>();
        boolean leadSigned = false;
        for (SignatureQueries.ListedSignatory row : rows) {
            if (row.listed().isAfter(asOf)) {
                continue;
            }
            if (row.disputed()) {
                disputed += row.kind() == CountryKind.STATE ? 1 : 0;
            } else if (row.kind() == CountryKind.STATE) {
                states++;
                leadSigned |= row.country().equals(lead);
            } else {
                organizations.add(row.country());
            }
        }
        return new Tally(asOf, states, organizations, disputed, lead, leadSigned);
    }

    /** The verdict for a claim given the list on its article's publication date ({@code tally} null when unknown). */
    public static Check judge(int value, ClaimQualifier qualifier, ClaimUnit unit, String phrase, Tally tally) {
        if (tally == null) {
            return new Check(null, Verdict.UNKNOWN_DATE,
                    "The article's publication date is not known, so there is no list to compare \"" + phrase + "\" with.");
        }
        boolean bothKinds = unit == ClaimUnit.SIGNATORIES;
        int actual = tally.states() + (bothKinds ? tally.organizations().size() : 0);
        String noun = switch (unit) {
            case MINISTERS -> "signing states (one minister each)";
            case SIGNATORIES -> "signatories";
            default -> "countries";
        };
        String list = String.format(Locale.ROOT, "on %s the list had %d %s", tally.asOf(), actual, noun);
        if (!bothKinds && !tally.organizations().isEmpty()) {
            list += " (" + (tally.states() + tally.organizations().size()) + " signatories with "
                    + String.join(", ", tally.organizations()) + ")";
        }
        String claimed = "Claimed \"" + phrase + "\" (" + value + "); " + list;
        if (qualifier != null) {
            int tolerance = Math.max(2, Math.round(value * 0.1f));
            boolean agrees = switch (qualifier) {
                case NEARLY -> actual <= value && value - actual <= tolerance;
                case ABOUT -> Math.abs(value - actual) <= tolerance;
                case AT_LEAST -> actual >= value;
                case MORE_THAN -> actual > value;
                case FEWER_THAN -> actual < value;
            };
            return agrees
                    ? new Check(actual, Verdict.APPROXIMATE, claimed + ", which agrees with \""
                            + qualifier.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + value + "\".")
                    : new Check(actual, Verdict.DIFFERS, claimed + ", which does not agree with the hedged number.");
        }
        if (unit == ClaimUnit.COUNTRIES_AND_ORGANIZATIONS && tally.organizations().isEmpty()) {
            return new Check(actual, Verdict.DIFFERS, claimed + ", and no organisation had signed.");
        }
        if (value == actual) {
            return new Check(actual, Verdict.MATCHES, claimed + ".");
        }
        if (tally.disputedStates() > 0 && value == actual + tally.disputedStates()) {
            return new Check(actual, Verdict.MATCHES, claimed + ", and " + value + " when the " + tally.disputedStates()
                    + " disputed signatories listed by only some sources are counted.");
        }
        if (value == actual - 1 && tally.leadSigned() && unit != ClaimUnit.SIGNATORIES) {
            return new Check(actual, Verdict.MATCHES_EXCLUDING_LEAD, claimed + ": " + value
                    + " is right if the lead signer, " + tally.lead() + ", is left out.");
        }
        return new Check(actual, Verdict.DIFFERS, claimed + ", not " + value + ".");
    }
}
