package org.statementatlas.country;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The result of createCountryGroup or setGroupMembers. */
@Description("The result of createCountryGroup or setGroupMembers.")
public record CountryGroupPayload(
        @NonNull @Description("The group as it is now, with its version.") CountryGroupView group,
        @NonNull @Description("Codes of the countries that joined the group, by code.") List<@NonNull String> added,
        @NonNull @Description("Codes of the countries that left the group, by code.") List<@NonNull String> removed) {
}
