package org.statementatlas.country.api;

import java.util.List;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.statementatlas.article.ArticleQueries;
import org.statementatlas.article.SourceArticleConnection;
import org.statementatlas.country.CountryAliasView;
import org.statementatlas.country.CountryGroupView;
import org.statementatlas.country.CountryNames;
import org.statementatlas.country.CountryQueries;
import org.statementatlas.country.CountryView;
import org.statementatlas.graphql.batch.Batch;
import org.statementatlas.graphql.batch.DirectField;
import org.statementatlas.graphql.batch.FieldLoader;
import org.statementatlas.graphql.error.BadUserInputException;
import org.statementatlas.graphql.paging.PageRequest;
import org.statementatlas.statement.CoSignatory;
import org.statementatlas.statement.StatementConnection;
import org.statementatlas.statement.StatementFilter;
import org.statementatlas.statement.StatementOrder;
import org.statementatlas.statement.StatementQueries;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Every field of the Country type that is not one of its own columns, whichever domain holds the data: aliases and
 * groups (country), the statements it signed and its co-signatories (statement), the articles that mention it
 * (article). Each is batched over all the countries of a response level, so SQL per request does not grow with them.
 */
@GraphQLApi
@RegisterForReflection(methods = true, fields = false) // source fields only: see NativeImageClassesTest
@ApplicationScoped
public class CountryResolver {

    private final FieldLoader loader;
    private final CountryNames names;

    CountryResolver(FieldLoader loader, CountryNames names) {
        this.loader = loader;
        this.names = names;
    }

    @Name("name")
    @DirectField
    @Description("Common name, in English unless lang asks for another language, e.g. \"North Korea\", or \"Corée du Nord\" for lang \"fr\".")
    public @NonNull String name(@Source CountryView country,
            @Description("A BCP 47 language tag such as \"fr\" or \"pt-BR\"; its language subtag picks the translation. The countries dataset (world-countries) translates into ar, cs, de, es, et, fa, fi, fr, hr, hu, it, ja, ko, nl, pl, pt, ru, sk, sr, sv, tr, ur and zh; any other language, and organisations such as the EU, give the English name.") String lang) {
        return names.name(country, lang);
    }

    @Name("aliases")
    @Description("Other names the country goes by in text: alternative names, demonyms and capitals.")
    public List<@NonNull List<@NonNull CountryAliasView>> aliases(@Source List<CountryView> countries) {
        return Batch.inOrder(countries, CountryView::id, CountryQueries.aliases(ids(countries)), List.of());
    }

    @Name("groups")
    @Description("The groups (EU, G7, NATO, ...) the country belongs to, ordered by code.")
    public List<@NonNull List<@NonNull CountryGroupView>> groups(@Source List<CountryView> countries) {
        return Batch.inOrder(countries, CountryView::id, CountryQueries.groups(ids(countries)), List.of());
    }

    @Name("signedCount")
    @Description("Number of statements the country signed (disputed signatures included).")
    public List<@NonNull Integer> signedCount(@Source List<CountryView> countries) {
        return Batch.inOrder(countries, CountryView::id, StatementQueries.signedCounts(ids(countries)), 0L).stream()
                .map(Long::intValue).toList();
    }

    @Name("coSignatories")
    @Description("The countries that signed the same statements most often, by number of shared statements, then by name.")
    public CompletionStage<@NonNull List<@NonNull CoSignatory>> coSignatories(@Source CountryView country,
            @Description("How many co-signatories: 1 to 100, default 10.") @DefaultValue("10") int first) {
        if (first < 1 || first > PageRequest.MAX_SIZE) {
            throw new BadUserInputException("Argument 'first' must be between 1 and " + PageRequest.MAX_SIZE + ", got "
                    + first + ".", "first");
        }
        boolean withStatements = loader.selects("statements");
        return loader.load(FieldLoader.field("Country.coSignatories", first, withStatements), country.id(),
                ids -> StatementQueries.coSignatories(ids, first, withStatements), List.of());
    }

    @Name("statements")
    @Description("The statements the country signed, matching a filter, newest first unless ordered otherwise.")
    public CompletionStage<@NonNull StatementConnection> signedStatements(@Source CountryView country,
            @Description("Which of its statements to list.") StatementFilter filter,
            @Description("Order; default ISSUED_ON DESC.") StatementOrder orderBy,
            @Description("Page size per country: 1 to 100, default 20.") Integer first,
            @Description("Return the items after this cursor.") String after) {
        boolean countTotal = loader.selects("totalCount");
        return loader.load(FieldLoader.field("Country.statements", filter, StatementQueries.orderName(orderBy), first,
                after, countTotal), country.id(),
                ids -> StatementQueries.signedBy(ids, filter, orderBy, first, after, countTotal), null);
    }

    @Name("mentionedIn")
    @Description("News articles that mention the country, newest first (undated ones last).")
    public CompletionStage<@NonNull SourceArticleConnection> mentionedIn(@Source CountryView country,
            @Description("Page size per country: 1 to 100, default 20.") Integer first,
            @Description("Return the items after this cursor.") String after) {
        boolean countTotal = loader.selects("totalCount");
        return loader.load(FieldLoader.field("Country.mentionedIn", first, after, countTotal), country.id(),
                ids -> ArticleQueries.mentioning(ids, first, after, countTotal), null);
    }

    private static List<Long> ids(List<CountryView> countries) {
        return countries.stream().map(CountryView::id).toList();
    }
}
