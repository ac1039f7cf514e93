package org.statementatlas.article;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.statementatlas.graphql.batch.Batch;
import org.statementatlas.statement.Statement;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The checkable claims of articles and of statements, with their verdicts. Each field loads the claims of all parents in
 * one query and checks them together ({@link ClaimChecker}), so the cost does not grow with the number of parents.
 */
@GraphQLApi
@RegisterForReflection(methods = true, fields = false) // source fields only: see NativeImageClassesTest
@ApplicationScoped
public class ClaimApi {

    private static final String CLAIMS = "from Claim c join fetch c.article a left join fetch c.statement s ";

    @Name("claims")
    @Description("The signatory counts the article states, each checked against the list on its publication date; headline first, then in text order.")
    public List<@NonNull List<@NonNull Claim>> articleClaims(@Source List<SourceArticle> articles) {
        List<Claim> claims = Claim.<Claim>find(CLAIMS + "where a in ?1 order by a.id, c.position", articles).list();
        ClaimChecker.check(claims);
        return Batch.inOrder(articles, a -> a.id, Batch.group(claims, c -> c.article.id, c -> c), List.of());
    }

    @Name("claims")
    @Description("What articles claimed about this statement's signatory count, oldest article first, each with its verdict.")
    public List<@NonNull List<@NonNull Claim>> statementClaims(@Source List<Statement> statements) {
        List<Claim> claims = Claim.<Claim>find(CLAIMS + "where s in ?1 order by coalesce(a.publishedOn, {d '0001-01-01'}),"
                + " a.id, c.position", statements).list();
        ClaimChecker.check(claims);
        return Batch.inOrder(statements, s -> s.id, Batch.group(claims, c -> c.statement.id, c -> c), List.of());
    }
}
