package org.statementatlas.pipeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.statementatlas.article.LinkMethod;

/**
 * Decides which stored statement an article reports, from four signals, each in [0, 1]:
 * <ul>
 * <li><b>date</b> (weight 0.35): 1 when the article appeared from one day before to three days after the statement was
 * issued, or names its date ("on Tuesday" resolved); falling to 0.2 at 30 days; 0 outside. Unknown dates drop the signal
 * and its weight.</li>
 * <li><b>title</b> (0.25): the share of the statement title's words (countries counted by code, so "DPRK" matches "North
 * Korea") found in the article's headline and text, blended with how many of the title's distinctive words (weighted by
 * how few titles share them) it has: statements with the same signatories differ in those words.</li>
 * <li><b>signatories</b> (0.25): 1 when a count the article claims is within two of the number of states on a version
 * of the list up to the article's date; otherwise how well the countries the article mentions (less the statement's
 * subjects, the countries in its title) agree with the signatories: the F1 of the two sets, or the share of named
 * countries that signed when at least three did, whichever is higher.</li>
 * <li><b>quote</b> (0.15): word triples the article's quotes share with the statement's title, summary and text and
 * with quotes of articles already linked to it (six or more shared count fully), plus cited resolutions in common.</li>
 * </ul>
 * The confidence is the weighted mean of the known signals, halved when the article is dated before the statement (it
 * cannot report it), reduced by a tenth when the article's date is unknown (nothing then rules out a statement of
 * another year with the same words and signatories), and reduced by 40 % when the article has neither a count claim nor
 * a word of statement reporting ("statement", "condemned", "signatories", ...): a report on a vote or a summit names the
 * same countries on the same days. The decision lists the top three candidates with their scores for an editor. Below {@link #THRESHOLD} no link is made. The method is the signal that contributes more than half
 * of the confidence, else COMBINED. Stateless and thread-safe.
 */
public final class StatementLinker {

    /** Confidence below which an article is not linked; the payload then says which statement came closest. */
    public static final double THRESHOLD = 0.5;

    private static final double UNDATED_FACTOR = 0.9;
    private static final double NO_STATEMENT_FACTOR = 0.6;
    private static final double TITLE_PRIOR = 2.0;
    private static final double W_DISTINCTIVE = 0.3;
    /** How many candidates the decision lists for an editor. */
    private static final int TOP = 3;
    /** Words without which an article reports no statement. */
    private static final Pattern STATEMENT_WORDS = Pattern.compile(
            "(?i)\\b(?:statements?|condemn(?:s|ed|ing|ation)?|rebuk(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|foreign ministers|declarations?|communiqu[eé]s?|signator(?:y|ies)|co-?signed|signed by|joint (?:letter|call))\\b");
    private static final double W_DATE = 0.35;
    private static final double W_TITLE = 0.25;
    private static final double W_SIGNATORIES = 0.25;
    private static final double W_QUOTE = 0.15;

    private static final Set<String> STOPWORDS = Set.of("the", "a", "an", "of", "on", "in", "to", "and", "for", "by",
            "with", "from", "at", "as", "its", "their", "s", "uk", "us");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A stored statement the article may report. Signatories map country code to the date first listed. */
    public record Candidate(long id, String slug, String title, String summary, String text, LocalDate issuedOn,
            Map<String, LocalDate> signatories, Set<String> states, List<String> resolutionsCited,
            List<String> linkedQuotes) {
    }

    /** What the linker knows about the article. */
    public record Article(String headline, String text, LocalDate publishedOn, Collection<LocalDate> mentionedDates,
            Set<String> mentionedCodes, List<ClaimExtractor.FoundClaim> claims, List<String> quotes,
            List<String> resolutionsCited) {
    }

    /** The score of one candidate, with its signals (null when unknown). */
    public record Score(Candidate candidate, double confidence, LinkMethod method, Double date, double title,
            double signatories, double quote) {
    }

    /** The best candidate, whether it passed the threshold, the runner-up, and the top candidates for an editor. */
    public record Decision(Score best, Score runnerUp, boolean linked, List<Score> top) {
    }

    private final MentionExtractor mentions;

    public StatementLinker(MentionExtractor mentions) {
        this.mentions = mentions;
    }

    public Decision link(Article article, List<Candidate> candidates) {
        // The article's words and quotes are the same for every candidate: compute them once.
        String all = (article.headline() == null ? "" : article.headline()) + "\n" + article.text();
        Set<String> articleWords = words(all);
        Set<String> quoted = new HashSet<>();
        article.quotes().forEach(q -> quoted.addAll(triples(q)));
        Map<String, Double> weights = titleWordWeights(candidates);
        boolean reportsStatement = !article.claims().isEmpty() || STATEMENT_WORDS.matcher(all).find();
        List<Score> scores = candidates.stream()
                .map(c -> score(article, articleWords, quoted, weights, reportsStatement, c))
                .sorted(Comparator.comparingDouble(Score::confidence).reversed()).toList();
        Score best = scores.isEmpty() ? null : scores.get(0);
        Score runnerUp = scores.size() > 1 ? scores.get(1) : null;
        return new Decision(best, runnerUp, best != null && best.confidence() >= THRESHOLD,
                scores.subList(0, Math.min(TOP, scores.size())));
    }

    /**
     * How much each title word tells statements apart: log(n / titles containing it). Words every title shares ("joint",
     * "statement", DPRK, Russia) weigh nothing, so statements with the same signatories are told apart by the words only
     * their titles have ("deployment of troops", "military cooperation").
     */
    private Map<String, Double> titleWordWeights(List<Candidate> candidates) {
        Map<String, Integer> frequency = new HashMap<>();
        for (Candidate candidate : candidates) {
            words(candidate.title()).forEach(w -> frequency.merge(w, 1, Integer::sum));
        }
        Map<String, Double> weights = new HashMap<>();
        frequency.forEach((w, n) -> weights.put(w, Math.log((double) candidates.size() / n)));
        return weights;
    }

    private Score score(Article article, Set<String> articleWords, Set<String> quoted, Map<String, Double> titleWeights,
            boolean reportsStatement, Candidate candidate) {
        Double date = dateSignal(article, candidate);
        double title = titleSignal(articleWords, titleWeights, candidate);
        double signatories = signatorySignal(article, candidate);
        double quote = quoteSignal(article, quoted, candidate);

        double weights = W_TITLE + W_SIGNATORIES + W_QUOTE + (date == null ? 0 : W_DATE);
        double[] contributions = {date == null ? 0 : W_DATE * date, W_TITLE * title, W_SIGNATORIES * signatories,
                W_QUOTE * quote};
        double sum = 0;
        for (double c : contributions) {
            sum += c;
        }
        double confidence = sum / weights;
        if (article.publishedOn() == null) {
            // Nothing rules out a statement of another year with the same words and signatories.
            confidence *= UNDATED_FACTOR;
        } else if (article.publishedOn().isBefore(candidate.issuedOn().minusDays(1))) {
            confidence /= 2;
        }
        if (!reportsStatement) {
            // A report on a vote, a summit or a treaty names the same countries on the same days, but never a statement.
            confidence *= NO_STATEMENT_FACTOR;
        }
        confidence = Math.max(0, Math.min(1, confidence));
        LinkMethod method = LinkMethod.COMBINED;
        LinkMethod[] methods = {LinkMethod.DATE, LinkMethod.TITLE, LinkMethod.SIGNATORIES, LinkMethod.QUOTE};
        for (int i = 0; i < contributions.length; i++) {
            if (sum > 0 && contributions[i] > sum / 2) {
                method = methods[i];
            }
        }
        return new Score(candidate, round(confidence), method, date, round(title), round(signatories), round(quote));
    }

    private static Double dateSignal(Article article, Candidate candidate) {
        if (article.publishedOn() == null) {
            return null;
        }
        if (article.mentionedDates().contains(candidate.issuedOn())) {
            return 1.0;
        }
        long days = ChronoUnit.DAYS.between(candidate.issuedOn(), article.publishedOn());
        if (days < -1 || days > 30) {
            return 0.0;
        }
        if (days <= 3) {
            return 1.0;
        }
        return 1.0 - 0.8 * (days - 3) / 27.0;
    }

    /**
     * The share of the title's words the article has, blended with their distinctive weight found, over the title's total
     * plus {@link #TITLE_PRIOR}: a short title of common words ("Joint Statement on DPRK-Russia") is weak evidence
     * however fully an article repeats it.
     */
    private double titleSignal(Set<String> present, Map<String, Double> weights, Candidate candidate) {
        Set<String> wanted = words(candidate.title());
        if (wanted.isEmpty()) {
            return 0;
        }
        long found = wanted.stream().filter(present::contains).count();
        double total = wanted.stream().mapToDouble(w -> weights.getOrDefault(w, 0.0)).sum();
        double weighted = wanted.stream().filter(present::contains).mapToDouble(w -> weights.getOrDefault(w, 0.0))
                .sum();
        return (1 - W_DISTINCTIVE) * found / wanted.size() + W_DISTINCTIVE * weighted / (total + TITLE_PRIOR);
    }

    /** Content words, stemmed crudely (plural "s" dropped), with country names replaced by their codes. */
    private Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        StringBuilder rest = new StringBuilder(text);
        for (FoundMention mention : mentions.extract(text)) {
            words.add("country:" + mention.code());
            for (FoundMention.Span span : mention.spans()) {
                for (int i = span.start(); i < span.end(); i++) {
                    rest.setCharAt(i, ' ');
                }
            }
        }
        for (String word : WORD.split(rest.toString().toLowerCase(Locale.ROOT))) {
            if (word.length() > 1 && !STOPWORDS.contains(word)) {
                words.add(word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                        ? word.substring(0, word.length() - 1)
                        : word);
            }
        }
        return words;
    }

    private double signatorySignal(Article article, Candidate candidate) {
        LocalDate asOf = article.publishedOn();
        Set<String> signed = candidate.signatories().entrySet().stream()
                .filter(e -> asOf == null || !e.getValue().isAfter(asOf)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        if (signed.isEmpty()) {
            signed = candidate.signatories().keySet();
        }
        // A claimed count close to the number of states on any list up to the article's date.
        for (LocalDate listed : new HashSet<>(candidate.signatories().values())) {
            if (asOf != null && listed.isAfter(asOf) && !signed.equals(candidate.signatories().keySet())) {
                continue;
            }
            long states = candidate.signatories().entrySet().stream()
                    .filter(e -> !e.getValue().isAfter(listed) && candidate.states().contains(e.getKey())).count();
            for (ClaimExtractor.FoundClaim claim : article.claims()) {
                if (Math.abs(claim.value() - states) <= 2) {
                    return 1.0;
                }
            }
        }
        // The statement's subjects (the countries in its title, e.g. DPRK and Russia) say nothing about who signed.
        Set<String> subjects = mentions.extract(candidate.title()).stream().map(FoundMention::code)
                .collect(Collectors.toSet());
        Set<String> mentioned = new HashSet<>(article.mentionedCodes());
        mentioned.removeAll(subjects);
        if (mentioned.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(mentioned);
        common.retainAll(signed);
        if (common.isEmpty()) {
            return 0;
        }
        double precision = (double) common.size() / mentioned.size();
        double recall = (double) common.size() / signed.size();
        double f1 = 2 * precision * recall / (precision + recall);
        // Articles name a few signatories of a long list: enough named, all of them signatories, is good evidence too.
        return Math.max(f1, precision * Math.min(1.0, common.size() / 3.0));
    }

    private static double quoteSignal(Article article, Set<String> articleTriples, Candidate candidate) {
        Set<String> statementTriples = new HashSet<>();
        for (String text : new String[]{candidate.title(), candidate.summary(), candidate.text()}) {
            statementTriples.addAll(triples(text));
        }
        candidate.linkedQuotes().forEach(q -> statementTriples.addAll(triples(q)));
        Set<String> quoted = new HashSet<>(articleTriples);
        quoted.retainAll(statementTriples);
        double score = Math.min(1.0, quoted.size() / 6.0);
        if (!article.resolutionsCited().isEmpty()
                && article.resolutionsCited().stream().anyMatch(candidate.resolutionsCited()::contains)) {
            score = Math.min(1.0, score + 0.5);
        }
        return score;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        for (String word : WORD.split(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''))) {
            if (!word.isEmpty()) {
                tokens.add(word);
            }
        }
        return tokens;
    }

    private static Set<String> triples(String text) {
        List<String> tokens = tokens(text);
        Set<String> triples = new HashSet<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            triples.add(tokens.get(i) + ' ' + tokens.get(i + 1) + ' ' + tokens.get(i + 2));
        }
        return triples;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
