package org.statementatlas.article;

import org.eclipse.microprofile.graphql.Description;

/** How precisely an article's publication time is known. */
@Description("How precisely an article's publication time is known.")
public enum DatePrecision {
    @Description("The day and time are known (publishedAt is set).")
    DATE_TIME, @Description("Only the day is known.")
    DATE, @Description("The publication date is not known.")
    UNKNOWN
}
