package org.statementatlas.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.statementatlas.article.ArticleQueries;
import org.statementatlas.article.ArticleStatementLink;
import org.statementatlas.article.Claim;
import org.statementatlas.article.DatePrecision;
import org.statementatlas.article.FindingMethod;
import org.statementatlas.article.FindingQueries;
import org.statementatlas.article.LinkMethod;
import org.statementatlas.article.Mention;
import org.statementatlas.article.Outlet;
import org.statementatlas.article.Quote;
import org.statementatlas.article.RejectedFinding;
import org.statementatlas.article.SourceArticle;
import org.statementatlas.article.TextSpan;
import org.statementatlas.country.Country;
import org.statementatlas.pipeline.ClaimExtractor;
import org.statementatlas.pipeline.FoundMention;
import org.statementatlas.pipeline.IngestPipeline;
import org.statementatlas.pipeline.IngestRequest;
import org.statementatlas.pipeline.IngestResult;
import org.statementatlas.pipeline.QuoteExtractor;
import org.statementatlas.pipeline.StatementLinker;
import org.statementatlas.statement.Statement;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Stores an article through the {@link IngestPipeline}: takes the country dictionary and the linking candidates from
 * {@link PipelineInputs}, runs the pipeline, then creates or updates the article with its mentions, claims, quotes, resolutions and
 * statement link. The same URL, or the same cleaned text (content hash), updates the stored article instead of adding
 * one. Everything happens in one transaction: if any step fails, nothing is written.
 * An editor's corrections of a stored article survive: {@link Corrections} keeps them and tells the pipeline what
 * not to find again.
 */
@ApplicationScoped
public class IngestService {

    /** The outcome of one ingestion. */
    public record Outcome(SourceArticle article, boolean created, Statement linkedStatement, Double linkConfidence,
            List<String> warnings, int countries, int claims) {
    }

    private final PipelineInputs inputs;

    IngestService(PipelineInputs inputs) {
        this.inputs = inputs;
    }

    /** What the pipeline finds in a request, and the country ids of the codes it found; nothing is stored. */
    public record Preview(IngestResult result, Map<String, Long> countryIds) {
    }

    /** Runs the pipeline exactly as {@link #ingest} would, against the same dictionary and candidates, and writes nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Preview preview(IngestRequest request) {
        IngestPipeline.validate(request.text());
        PipelineInputs.Dictionary dictionary = inputs.dictionary();
        return new Preview(dictionary.pipeline().run(request, PipelineInputs.candidates()), dictionary.countryIds());
    }

    @Transactional
    public Outcome ingest(IngestRequest request) {
        return ingest(request, null);
    }

    /** Ingests with curated metadata (null for none) overriding both the request and extraction. */
    @Transactional
    public Outcome ingest(IngestRequest request, CuratedMetadata curated) {
        // Reject bad input before touching the database.
        IngestPipeline.validate(request.text());
        PipelineInputs.Dictionary dictionary = inputs.dictionary();
        IngestPipeline pipeline = dictionary.pipeline();
        List<StatementLinker.Candidate> candidates = PipelineInputs.candidates();
        IngestResult result = pipeline.run(request, candidates);
        List<String> warnings = new ArrayList<>(result.warnings());

        String url = curated != null && curated.url() != null ? curated.url() : result.url();
        SourceArticle byUrl = url == null ? null : SourceArticle.<SourceArticle>find("url", url).firstResult();
        SourceArticle byHash = SourceArticle.<SourceArticle>find("contentHash", result.contentHash()).firstResult();
        if (byUrl != null && byHash != null && !byUrl.id.equals(byHash.id)) {
            throw new DuplicateArticleException("The URL belongs to one stored article (" + byUrl.getGlobalId()
                    + ") and the text to another (" + byHash.url + "); delete one of them first.");
        }
        SourceArticle article = byUrl != null ? byUrl : byHash;
        boolean created = article == null;
        Corrections corrections = created ? Corrections.NONE : Corrections.of(article);
        if (created) {
            article = new SourceArticle();
        } else {
            removeFindings(article);
        }
        if (url != null) {
            article.url = url;
        } else if (created) {
            // The address is the article's key; without one, the text's fingerprint stands in until a URL is given.
            article.url = "urn:sha256:" + result.contentHash();
        }
        apply(article, result, curated);
        corrections.restoreDate(article);
        article.ingestedAt = Instant.now();
        article.resolutionsCited.clear();
        article.resolutionsCited.addAll(result.resolutionsCited());
        if (created) {
            article.persist();
        }

        // Which statement: curated links win; an existing curated link is kept; otherwise the linker's decision.
        Statement statement = null;
        Double confidence = null;
        List<ArticleStatementLink> curatedLinks = created
                ? List.of()
                : ArticleQueries.links(article, LinkMethod.CURATED);
        if (article.linkMethod == FindingMethod.EDITOR) {
            List<ArticleStatementLink> chosen = ArticleQueries.links(article);
            statement = chosen.isEmpty() ? null : chosen.get(0).statement;
            confidence = statement == null ? null : 1.0;
            warnings.add(statement == null
                    ? "Kept the editor's decision that the article reports no statement."
                    : "Kept the editor's choice of statement '" + statement.slug + "'.");
        } else if (curated != null && curated.reports() != null && !curated.reports().isEmpty()) {
            ArticleStatementLink.delete("article", article);
            for (Statement reported : curated.reports()) {
                new ArticleStatementLink(article, reported, 1.0, LinkMethod.CURATED).persist();
            }
            statement = curated.reports().get(0);
            confidence = 1.0;
        } else if (!curatedLinks.isEmpty()) {
            statement = curatedLinks.get(0).statement;
            confidence = 1.0;
            warnings.add("Kept the curated link to '" + statement.slug + "'.");
        } else if (result.link().linked()) {
            StatementLinker.Score best = result.link().best();
            statement = Statement.findById(best.candidate().id());
            confidence = best.confidence();
            new ArticleStatementLink(article, statement, confidence, best.method()).persist();
        }

        warnings.addAll(corrections.keep(article, statement));
        persistFindings(article, result, statement, dictionary.countryIds(), corrections);
        em().flush();
        return new Outcome(article, created, statement, confidence, List.copyOf(warnings), result.mentions().size(),
                result.claims().size());
    }

    private static void apply(SourceArticle article, IngestResult result, CuratedMetadata curated) {
        article.text = result.text();
        article.contentHash = result.contentHash();
        article.headline = result.headline();
        article.outlet = new Outlet(result.outletName(), result.outletDomain());
        article.creditedOutlet = result.creditedOutlet();
        article.agency = result.agency();
        article.publishedOn = result.publishedOn();
        article.publishedAt = result.publishedAt();
        article.datePrecision = result.datePrecision();
        article.language = result.language();
        if (curated == null) {
            return;
        }
        if (curated.headline() != null) {
            article.headline = curated.headline();
        }
        if (curated.outletName() != null) {
            article.outlet = new Outlet(curated.outletName(), curated.outletDomain());
        }
        if (curated.creditedOutlet() != null) {
            article.creditedOutlet = curated.creditedOutlet();
        }
        if (curated.agency() != null) {
            article.agency = curated.agency();
        }
        if (curated.publishedAt() != null) {
            article.publishedAt = curated.publishedAt();
            article.publishedOn = curated.publishedAt().toLocalDate();
            article.datePrecision = DatePrecision.DATE_TIME;
        } else if (curated.publishedOn() != null) {
            article.publishedAt = null;
            article.publishedOn = curated.publishedOn();
            article.datePrecision = DatePrecision.DATE;
        }
    }

    /**
     * Removes what an earlier ingestion found, so that an update replaces it; the database cascades to the spans. An
     * editor's mentions, claims and statement choice stay ({@link Corrections}).
     */
    private static void removeFindings(SourceArticle article) {
        FindingQueries.deleteFindings(article, FindingMethod.PIPELINE);
        Quote.delete("article", article);
        if (article.linkMethod != FindingMethod.EDITOR) {
            ArticleQueries.deleteLinksBut(article, LinkMethod.CURATED);
        }
    }

    private static void persistFindings(SourceArticle article, IngestResult result, Statement statement,
            Map<String, Long> countries, Corrections corrections) {
        for (FoundMention found : result.mentions()) {
            if (corrections.mentionCodes().contains(found.code())) {
                continue;
            }
            Mention mention = new Mention();
            mention.article = article;
            mention.country = em().getReference(Country.class, countries.get(found.code()));
            mention.count = found.count();
            mention.matchedAs = found.matchedAs();
            found.spans().forEach(s -> mention.offsets.add(new TextSpan(s.start(), s.end(), s.matchedAs())));
            mention.persist();
        }
        int position = corrections.lastClaimPosition() + 1;
        for (ClaimExtractor.FoundClaim found : result.claims()) {
            if (corrections.claimKeys().contains(RejectedFinding.claimKey(truncate(found.phrase(), 300),
                    found.inHeadline(), found.start()))) {
                continue;
            }
            Claim claim = new Claim();
            claim.article = article;
            claim.statement = statement;
            claim.position = position++;
            claim.phrase = truncate(found.phrase(), 300);
            claim.value = found.value();
            claim.approximate = found.approximate();
            claim.qualifier = found.qualifier();
            claim.counts = found.counts();
            claim.inHeadline = found.inHeadline();
            claim.start = found.inHeadline() ? null : found.start();
            claim.end = found.inHeadline() ? null : found.end();
            claim.persist();
        }
        int quotePosition = 0;
        for (QuoteExtractor.FoundQuote found : result.quotes()) {
            Quote quote = new Quote();
            quote.article = article;
            quote.position = quotePosition++;
            quote.text = truncate(found.text(), 10_000);
            quote.speaker = found.speaker() == null ? null : truncate(found.speaker(), 300);
            quote.start = found.start();
            quote.end = found.end();
            quote.persist();
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
