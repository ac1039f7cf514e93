package org.statementatlas.article;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.hibernate.jpa.HibernateHints;
import org.statementatlas.graphql.batch.Batch;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What ingestion found in articles: country mentions, quoted passages and cited resolutions, batched per response. */
@GraphQLApi
@RegisterForReflection(methods = true, fields = false) // source fields only: see NativeImageClassesTest
@ApplicationScoped
public class MentionApi {

    @Name("mentions")
    @Description("The countries the cleaned text mentions, most mentioned first, each with every occurrence's offsets.")
    public List<@NonNull List<@NonNull Mention>> mentions(@Source List<SourceArticle> articles) {
        // One query: country and offsets come fetched with the mentions; read-only, as nothing here changes them.
        List<Mention> mentions = Mention.<Mention>find("from Mention m join fetch m.country c left join fetch m.offsets"
                + " where m.article in ?1 order by m.article.id, m.count desc, c.name", articles)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
        return Batch.inOrder(articles, a -> a.id, Batch.group(mentions, m -> m.article.id, m -> m), List.of());
    }

    @Name("quotes")
    @Description("The passages the article quotes, in text order.")
    public List<@NonNull List<@NonNull Quote>> quotes(@Source List<SourceArticle> articles) {
        return Batch.inOrder(articles, a -> a.id, Batch.group(
                Quote.<Quote>find("from Quote q where q.article in ?1 order by q.article.id, q.position", articles).list(),
                q -> q.article.id, q -> q), List.of());
    }

    @Name("resolutionsCited")
    @Description("UN Security Council resolutions the article cites, normalised like \"S/RES/1718 (2006)\".")
    public List<@NonNull List<@NonNull String>> resolutionsCited(@Source List<SourceArticle> articles) {
        return Batch.inOrder(articles, a -> a.id, Batch.group(SourceArticle.getEntityManager().createQuery(
                "select a.id, r from SourceArticle a join a.resolutionsCited r where a in :articles order by index(r)",
                Object[].class).setParameter("articles", articles).getResultList(), r -> (Long) r[0], r -> (String) r[1]),
                List.of());
    }
}
