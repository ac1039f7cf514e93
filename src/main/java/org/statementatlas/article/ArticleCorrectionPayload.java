package org.statementatlas.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The result of an editor's correction of an article. */
@Description("The result of an editor's correction of an article: the article as it now stands, at its new version.")
public record ArticleCorrectionPayload(
        @NonNull @Description("The corrected article; its mentions, claims, date and statements show the correction.") SourceArticleView article,
        @Description("The claim added or changed, for addClaim and updateClaim; null for the other corrections.") ClaimView claim) {
}
