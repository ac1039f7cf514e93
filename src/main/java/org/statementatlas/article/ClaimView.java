package org.statementatlas.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.statement.StatementView;

/** The read model of a claim, with the verdict {@link ClaimChecker} computed when it was read. */
@Name("Claim")
@Description("A signatory count an article states, e.g. \"47 countries\", checked against the signatory list on the day the article was published.")
public record ClaimView(
        @Ignore Long id,
        @NonNull @Description("The article that states the claim.") SourceArticleView article,
        @Description("The statement the claim is about: the one the article reports; null when the article is linked to none.") StatementView statement,
        @NonNull @Description("The words of the claim as the article prints them, e.g. \"Nearly 50 countries\".") String phrase,
        @Description("The number claimed, from digits or words: 47 for \"forty-seven\", 50 for \"nearly 50\".") int value,
        @Description("True when the article hedges the number (\"nearly\", \"about\", \"more than\").") boolean approximate,
        @Description("The hedging word, when the claim is approximate.") ClaimQualifier qualifier,
        @NonNull @Description("What the number counts, and so which signatures it is checked against.") ClaimUnit counts,
        @Description("True when the claim is in the headline rather than the text; its offsets are then null.") boolean inHeadline,
        @Description("Offset of the phrase in SourceArticle.text (UTF-16 code units); null for a headline claim.") Integer start,
        @Description("Offset just after the phrase; null for a headline claim.") Integer end,
        @Description("The signatory count, in the claim's unit, as of the article's publication date (signatures first listed on or before it, disputed ones left out); null when the date or the statement is not known.") Integer actualOnPublication,
        @Description("How the claim compares with actualOnPublication; null when the claim is tied to no statement.") Verdict verdict,
        @NonNull @Description("Why the verdict is what it is, in a sentence, with the numbers compared.") String explanation,
        @NonNull @Description("Who made the claim: PIPELINE, or EDITOR once an editor added or changed it.") FindingMethod method) {

    /** The global type name of claims, for their ids. */
    public static final String TYPE = "Claim";

    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("Opaque global id of the claim; pass it to updateClaim and removeClaim.")
    public String getGlobalId() {
        return GlobalId.encode(TYPE, id);
    }
}
