package org.statementatlas.article;

import org.eclipse.microprofile.graphql.Description;

/** How precisely an article's publication time is known. */
@Description("How precisely an article's publication time is known.")
public enum DatePrecision {
    @Description("The day and time are known (publishedAt is set).")
    DATE_TIME, @Description("Only the day is known.")
    DATE, @Description("The page gives a date that reads two ways (\"05/11/2024\": 5 November or 11 May) and nothing decides which; publishedOn is left empty.")
    AMBIGUOUS, @Description("The publication date is not known.")
    UNKNOWN
}
