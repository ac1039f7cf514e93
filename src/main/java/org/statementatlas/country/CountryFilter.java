package org.statementatlas.country;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Which countries to list; all given conditions must hold. */
@Input("CountryFilter")
@Description("Which countries to list. All given conditions must hold.")
public record CountryFilter(
        @Description("Only states or only organisations.") CountryKind kind,
        @Description("UN region, e.g. \"Europe\", in any case.") String region,
        @Description("Members of this group (code such as \"EU\", \"G7\", \"NATO\"), in any case.") String group,
        @Id @Description("Signatories of this statement (its global id).") String signed,
        @Id @Description("Countries that did not sign this statement (its global id).") String notSigned,
        @Description("Words in the name, official name, code or an alias such as \"DPRK\", in any case (1 to 200 characters).") String text) {
}
