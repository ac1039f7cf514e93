package org.statementatlas.article;

import org.eclipse.microprofile.graphql.Description;

/** How precisely an article's publication time is known. */
@Description("How precisely an article's publication time is known.")
public enum DatePrecision {
    @Description("The day and time are known (publishedAt is set).")
    DATE_TIME, @Description("Only the day is known.")
    DATE, @Description("The page gives a date that reads more than one way and nothing decides which: a slashed date (\"05/11/2024\": 5 November or 11 May), or a day and month without a year (\"Jan. 10\") that neither the article's other dates nor the statement it reports place in a year; publishedOn is left empty.")
    AMBIGUOUS, @Description("The publication date is not known.")
    UNKNOWN
}
