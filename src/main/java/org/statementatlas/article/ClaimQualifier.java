package org.statementatlas.article;

import org.eclipse.microprofile.graphql.Description;

/** The word that makes a claimed number approximate, and so which actual numbers agree with it. */
@Description("The word that makes a claimed number approximate.")
public enum ClaimQualifier {
    @Description("\"nearly\", \"almost\", \"close to\": the actual number is at or a little below the claimed one.")
    NEARLY, @Description("\"about\", \"around\", \"some\", \"roughly\": the actual number is near the claimed one.")
    ABOUT, @Description("\"at least\": the actual number is the claimed one or more.")
    AT_LEAST, @Description("\"more than\", \"over\": the actual number is above the claimed one.")
    MORE_THAN, @Description("\"fewer than\", \"less than\", \"under\": the actual number is below the claimed one.")
    FEWER_THAN
}
