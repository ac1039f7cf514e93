package org.statementatlas.article;

import org.eclipse.microprofile.graphql.Description;

/** How a claimed signatory count compares with the signatory list on the article's publication date. */
@Description("How a claimed signatory count compares with the signatory list on the day the article was published.")
public enum Verdict {
    @Description("The claimed number is the number of signatories, in the claim's unit, on the publication date.")
    MATCHES, @Description("The claimed number is right if the statement's lead signer (the host, e.g. the United States for a statement issued in Washington) is left out, e.g. \"47 foreign ministers\" beside the US Secretary of State.")
    MATCHES_EXCLUDING_LEAD, @Description("The claim is approximate (\"nearly 50\") and the actual number agrees with it.")
    APPROXIMATE, @Description("The claimed number does not agree with the list on the publication date.")
    DIFFERS, @Description("The article's publication date is not known, so there is no list to compare with.")
    UNKNOWN_DATE
}
