package org.statementatlas.country;

import org.eclipse.microprofile.graphql.Description;

/** Whether a signatory is a sovereign state or an organisation that signs in its own name. */
@Description("Whether a signatory is a sovereign state or an organisation, such as the EU, that signs in its own name.")
public enum CountryKind {
    @Description("An ISO 3166-1 country or territory.")
    STATE, @Description("A body such as the European Union that signs statements as one party.")
    ORGANIZATION
}
