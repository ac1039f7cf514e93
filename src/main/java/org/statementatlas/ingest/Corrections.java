package org.statementatlas.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.statementatlas.article.Claim;
import org.statementatlas.article.DatePrecision;
import org.statementatlas.article.FindingMethod;
import org.statementatlas.article.FindingQueries;
import org.statementatlas.article.Mention;
import org.statementatlas.article.RejectedFinding;
import org.statementatlas.article.SourceArticle;
import org.statementatlas.statement.Statement;

/**
 * What editors corrected in a stored article, read before it is re-ingested: the pipeline does not find again the
 * countries whose mention an editor added, changed or removed, nor the claims an editor changed or removed, and an
 * editor's publication date stays. Corrections were made on the article's text; when a re-ingestion brings a
 * different text, an editor's span that no longer covers the same characters is dropped, with a warning.
 */
record Corrections(String text, Set<String> mentionCodes, Set<String> claimKeys, int lastClaimPosition,
        LocalDate publishedOn, OffsetDateTime publishedAt, DatePrecision datePrecision) {

    static final Corrections NONE = new Corrections(null, Set.of(), Set.of(), -1, null, null, null);

    static Corrections of(SourceArticle article) {
        Set<String> codes = new HashSet<>(FindingQueries.rejected(article, RejectedFinding.Kind.MENTION));
        FindingQueries.mentions(article, FindingMethod.EDITOR).forEach(m -> codes.add(m.country.code));
        Set<String> claims = new HashSet<>(FindingQueries.rejected(article, RejectedFinding.Kind.CLAIM));
        int last = -1;
        for (Claim claim : FindingQueries.claims(article, FindingMethod.EDITOR)) {
            claims.add(RejectedFinding.claimKey(claim.phrase, claim.inHeadline, claim.start));
            last = Math.max(last, claim.position);
        }
        boolean editorDate = article.dateMethod == FindingMethod.EDITOR;
        return new Corrections(article.text, codes, claims, last, editorDate ? article.publishedOn : null,
                editorDate ? article.publishedAt : null, editorDate ? article.datePrecision : null);
    }

    void restoreDate(SourceArticle article) {
        if (datePrecision != null) {
            article.publishedOn = publishedOn;
            article.publishedAt = publishedAt;
            article.datePrecision = datePrecision;
        }
    }

    /** Keeps the editor's mentions and claims on the new text, tied to the statement now reported. */
    List<String> keep(SourceArticle article, Statement statement) {
        if (text == null) {
            return List.of();
        }
        List<String> warnings = new ArrayList<>();
        for (Mention mention : FindingQueries.mentions(article, FindingMethod.EDITOR)) {
            int before = mention.offsets.size();
            mention.offsets.removeIf(span -> !sameText(article.text, span.start, span.end));
            if (mention.offsets.size() < before) {
                warnings.add("Dropped " + (before - mention.offsets.size()) + " of the editor's occurrences of "
                        + mention.country.code + ": the text there changed.");
            }
            if (mention.offsets.isEmpty()) {
                mention.delete();
            } else {
                mention.count = mention.offsets.size();
            }
        }
        for (Claim claim : FindingQueries.claims(article, FindingMethod.EDITOR)) {
            claim.statement = statement;
            if (claim.start != null && !sameText(article.text, claim.start, claim.end)) {
                warnings.add("The editor's claim '" + claim.phrase + "' no longer has a place in the text.");
                claim.start = null;
                claim.end = null;
            }
        }
        return warnings;
    }

    private boolean sameText(String now, int start, int end) {
        return end <= now.length() && end <= text.length() && now.substring(start, end).equals(text.substring(start,
                end));
    }
}
