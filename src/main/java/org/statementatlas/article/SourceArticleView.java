package org.statementatlas.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.graphql.id.Node;
import org.statementatlas.graphql.id.SearchResult;

/** The read model of a source article, as the schema serves it; loaded by projection ({@link ArticleQueries}). */
@Name("SourceArticle")
@Description("A news article that reports one or more statements.")
public record SourceArticleView(
        @Ignore Long id,
        @NonNull @Description("Address of the article. Unique.") String url,
        @Description("Headline, where known.") String headline,
        @NonNull @Description("The outlet that published the article.") OutletView outlet,
        @Description("The outlet the article itself credits as its source, e.g. \"European Pravda\" or \"diplomatie.gouv.fr\".") String creditedOutlet,
        @Description("Wire agency the article comes from, e.g. \"AFP\".") String agency,
        @Description("Publication date (in the outlet's time zone), where known.") LocalDate publishedOn,
        @Description("Publication time with offset, when the article gives one.") OffsetDateTime publishedAt,
        @NonNull @Description("How precisely the publication time is known.") DatePrecision datePrecision,
        @NonNull @Description("Language of the text (ISO 639-1), e.g. \"en\".") String language,
        @NonNull @Description("The article body, cleaned of site chrome (banners, ads, related links, comments).") String text,
        @NonNull @Description("SHA-256 (hex) of the cleaned text, used to recognise the same article under another address.") String contentHash,
        @NonNull @Description("When the article was stored or last updated.") Instant ingestedAt,
        @Description("Grows with every change to the article or to what was found in it (mentions, claims, date, statement); send it as expectedVersion when correcting the article.") int version,
        @NonNull @Description("Who set publishedOn, publishedAt and datePrecision: PIPELINE, or EDITOR after setPublicationDate.") FindingMethod dateMethod,
        @NonNull @Description("Who decided which statement the article reports: PIPELINE, or EDITOR after setLinkedStatement (also when the editor cleared it).") FindingMethod linkMethod)
        implements
            Node,
            SearchResult {

    /** The constructor HQL projections call: the outlet comes as its two columns. */
    public SourceArticleView(Long id, String url, String headline, String outletName, String outletDomain,
            String creditedOutlet, String agency, LocalDate publishedOn, OffsetDateTime publishedAt,
            DatePrecision datePrecision, String language, String text, String contentHash, Instant ingestedAt,
            int version, FindingMethod dateMethod, FindingMethod linkMethod) {
        this(id, url, headline, new OutletView(outletName, outletDomain), creditedOutlet, agency, publishedOn,
                publishedAt, datePrecision, language, text, contentHash, ingestedAt, version, dateMethod, linkMethod);
    }

    @Override
    public String nodeType() {
        return SourceArticle.TYPE;
    }
}
