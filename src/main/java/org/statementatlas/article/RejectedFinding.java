package org.statementatlas.article;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A finding an editor removed from an article, kept so that re-ingesting the article does not find it again: a
 * mention by its country code, a claim by {@link #claimKey}.
 */
@Entity
public class RejectedFinding extends ArticlePart {

    /** What kind of finding was rejected. */
    public enum Kind {
        MENTION, CLAIM
    }

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String findingKey;

    public RejectedFinding() {
    }

    public RejectedFinding(SourceArticle article, Kind kind, String findingKey) {
        this.article = article;
        this.kind = kind;
        this.findingKey = findingKey;
    }

    /** A claim's identity across ingestions of the same text: its phrase and where it stands. */
    public static String claimKey(String phrase, boolean inHeadline, Integer start) {
        return phrase + "@" + (inHeadline || start == null ? "headline" : start.toString());
    }
}
