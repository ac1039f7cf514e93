package org.statementatlas.article;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A finding an editor removed from an article, kept so that re-ingesting the article does not find it again: a
 * mention by its country code, a claim by {@link #claimKey}.
 */
@Entity
public class RejectedFinding extends PanacheEntityBase {

    /** What kind of finding was rejected. */
    public enum Kind {
        MENTION, CLAIM
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public SourceArticle article;

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
