package org.statementatlas.statement.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.statementatlas.article.ArticleQueries;
import org.statementatlas.article.ClaimView;
import org.statementatlas.article.SourceArticleView;
import org.statementatlas.country.CountryKind;
import org.statementatlas.country.CountryView;
import org.statementatlas.graphql.batch.Batch;
import org.statementatlas.graphql.batch.FieldLoader;
import org.statementatlas.statement.SignatureQueries;
import org.statementatlas.statement.SignatureView;
import org.statementatlas.statement.StatementQueries;
import org.statementatlas.statement.StatementSourceView;
import org.statementatlas.statement.StatementView;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Every field of the Statement type that is not one of its own columns: its signatories, counts, non-signatories,
 * sources, cited resolutions and issuer (statement), and the articles and claims that report it (article). Each is
 * batched over all the statements of a response level.
 */
@GraphQLApi
@RegisterForReflection(methods = true, fields = false) // source fields only: see NativeImageClassesTest
@ApplicationScoped
public class StatementResolver {

    private final FieldLoader loader;

    StatementResolver(FieldLoader loader) {
        this.loader = loader;
    }

    @Name("signatories")
    @Description("Who signed, in the order they were first listed, then by name.")
    public CompletionStage<@NonNull List<@NonNull SignatureView>> signatories(@Source StatementView statement,
            @Description("Only signatories first listed on or before this date (ISO 8601). Default: all.") LocalDate asOf) {
        return loader.load(FieldLoader.field("Statement.signatories", asOf), statement.id(),
                ids -> SignatureQueries.signatories(ids, asOf), List.of());
    }

    @Name("signatoryCount")
    @Description("Number of signatories, optionally as of a date and of one kind (STATE leaves out organisations such as the EU).")
    public CompletionStage<@NonNull Integer> signatoryCount(@Source StatementView statement,
            @Description("Count only signatories first listed on or before this date (ISO 8601).") LocalDate asOf,
            @Description("Count only signatories of this kind.") CountryKind kind) {
        return loader.load(FieldLoader.field("Statement.signatoryCount", asOf, kind), statement.id(),
                ids -> SignatureQueries.signatoryCounts(ids, asOf, kind), 0);
    }

    @Name("nonSignatories")
    @Description("Countries that did not sign, by name: the members of a group (as of the issue date, e.g. group: \"EU\"), or, without a group, every state.")
    public CompletionStage<@NonNull List<@NonNull CountryView>> nonSignatories(@Source StatementView statement,
            @Description("Code of a country group, e.g. \"EU\", \"G7\", \"NATO\" (any case).") String group) {
        String groupCode = group == null ? null : group.strip().toUpperCase(Locale.ROOT);
        // The group is resolved inside the batch, which runs off the event loop where database access is allowed.
        return loader.load(FieldLoader.field("Statement.nonSignatories", groupCode), statement.id(),
                ids -> StatementQueries.nonSignatories(ids, groupCode), List.of());
    }

    @Name("sources")
    @Description("Official and press pages that publish the statement.")
    public List<@NonNull List<@NonNull StatementSourceView>> sources(@Source List<StatementView> statements) {
        return Batch.inOrder(statements, StatementView::id, StatementQueries.sources(ids(statements)), List.of());
    }

    @Name("resolutionsCited")
    @Description("UN Security Council resolutions the statement cites, e.g. \"S/RES/1718 (2006)\".")
    public List<@NonNull List<@NonNull String>> resolutionsCited(@Source List<StatementView> statements) {
        return Batch.inOrder(statements, StatementView::id, StatementQueries.resolutionsCited(ids(statements)),
                List.of());
    }

    @Name("issuer")
    @Description("For a national statement, the country that issued it; null for joint statements.")
    public List<CountryView> issuer(@Source List<StatementView> statements) {
        return Batch.inOrder(statements, StatementView::id, StatementQueries.issuers(ids(statements)), null);
    }

    @Name("sourceArticles")
    @Description("News articles that report this statement, oldest first.")
    public List<@NonNull List<@NonNull SourceArticleView>> reportingArticles(@Source List<StatementView> statements) {
        return Batch.inOrder(statements, StatementView::id, ArticleQueries.reporting(ids(statements)), List.of());
    }

    @Name("claims")
    @Description("What articles claimed about this statement's signatory count, oldest article first, each with its verdict.")
    public List<@NonNull List<@NonNull ClaimView>> claims(@Source List<StatementView> statements) {
        return Batch.inOrder(statements, StatementView::id, ArticleQueries.statementClaims(ids(statements)), List.of());
    }

    private static List<Long> ids(List<StatementView> statements) {
        return statements.stream().map(StatementView::id).toList();
    }
}
