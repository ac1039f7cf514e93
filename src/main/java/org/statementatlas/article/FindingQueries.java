package org.statementatlas.article;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.statementatlas.statement.Statement;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The lookups of an article's findings (mentions, claims, rejected findings) that the write path changes: an editor's
 * corrections and re-ingestion, which keeps them. They return entities, for the caller to change; reads of findings
 * are projections in {@link ArticleQueries}.
 */
public final class FindingQueries {

    private static final String MENTION_OF = "from Mention m where m.article = :a and m.country.code = :code";

    private static final String MENTIONS_BY_METHOD = "from Mention m where m.article = :a and m.method = :m order by m.id";

    private static final String DELETE_MENTIONS_BY = "delete from Mention m where m.article = :a and m.method = :m";

    private static final String CLAIMS_BY_METHOD = "from Claim c where c.article = :a and c.method = :m"
            + " order by c.position";

    private static final String DELETE_CLAIMS_BY = "delete from Claim c where c.article = :a and c.method = :m";

    private static final String LAST_CLAIM_POSITION = "select coalesce(max(c.position), -1) from Claim c"
            + " where c.article = :a";

    private static final String SET_CLAIM_STATEMENT = "update Claim c set c.statement = :s where c.article = :a";

    private static final String REJECTED = "select r.findingKey from RejectedFinding r where r.article = :a"
            + " and r.kind = :k";

    private static final String REJECTION = "from RejectedFinding r where r.article = :a and r.kind = :k"
            + " and r.findingKey = :key";

    /** The article's mention of one country, to change or delete. */
    static Optional<Mention> mention(SourceArticle article, String code) {
        return em().createQuery(MENTION_OF, Mention.class).setParameter("a", article).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The article's mentions made by one method. */
    public static List<Mention> mentions(SourceArticle article, FindingMethod method) {
        return em().createQuery(MENTIONS_BY_METHOD, Mention.class).setParameter("a", article).setParameter("m", method)
                .getResultList();
    }

    /** The article's claims made by one method, in article order. */
    public static List<Claim> claims(SourceArticle article, FindingMethod method) {
        return em().createQuery(CLAIMS_BY_METHOD, Claim.class).setParameter("a", article).setParameter("m", method)
                .getResultList();
    }

    public static void deleteFindings(SourceArticle article, FindingMethod method) {
        em().createQuery(DELETE_MENTIONS_BY).setParameter("a", article).setParameter("m", method).executeUpdate();
        em().createQuery(DELETE_CLAIMS_BY).setParameter("a", article).setParameter("m", method).executeUpdate();
    }

    /** The highest position of the article's claims, -1 when it has none. */
    public static int lastClaimPosition(SourceArticle article) {
        return em().createQuery(LAST_CLAIM_POSITION, Integer.class).setParameter("a", article).getSingleResult();
    }

    /** Ties every claim of the article to the statement it reports (null for none). */
    static void setClaimStatement(SourceArticle article, Statement statement) {
        em().createQuery(SET_CLAIM_STATEMENT).setParameter("s", statement).setParameter("a", article).executeUpdate();
    }

    /** The keys of the findings of one kind that editors removed from the article. */
    public static Set<String> rejected(SourceArticle article, RejectedFinding.Kind kind) {
        return Set.copyOf(em().createQuery(REJECTED, String.class).setParameter("a", article).setParameter("k", kind)
                .getResultList());
    }

    /** The record that an editor removed one finding, if they did. */
    static Optional<RejectedFinding> rejection(SourceArticle article, RejectedFinding.Kind kind, String key) {
        return em().createQuery(REJECTION, RejectedFinding.class).setParameter("a", article).setParameter("k", kind)
                .setParameter("key", key).getResultStream().findFirst();
    }

    private FindingQueries() {
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
