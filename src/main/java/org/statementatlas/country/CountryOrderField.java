package org.statementatlas.country;

import org.eclipse.microprofile.graphql.Description;

/** What countries can be ordered by. */
@Description("What countries can be ordered by.")
public enum CountryOrderField {
    @Description("Common English name.")
    NAME, @Description("ISO 3166-1 alpha-2 code.")
    CODE, @Description("Number of statements signed.")
    SIGNED_COUNT
}
