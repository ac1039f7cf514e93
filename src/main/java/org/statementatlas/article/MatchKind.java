package org.statementatlas.article;

import org.eclipse.microprofile.graphql.Description;

/** How a country was recognised in an article's text. */
@Description("How a country was recognised in an article's text.")
public enum MatchKind {
    @Description("By its common or official name, e.g. \"North Korea\", \"Republic of Korea\".")
    NAME, @Description("By an alternative name or abbreviation, e.g. \"DPRK\", \"U.S.\".")
    ALIAS, @Description("By a demonym, e.g. \"North Korean\".")
    DEMONYM, @Description("By its capital standing for its government, e.g. \"Moscow\".")
    CAPITAL
}
