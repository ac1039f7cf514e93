package org.statementatlas.country;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.graphql.id.Node;

/** The read model of a country group, as the schema serves it; loaded by projection ({@link CountryQueries}). */
@Name("CountryGroup")
@Description("A named set of countries, such as the EU member states, the G7 or NATO.")
public record CountryGroupView(
        @Ignore Long id,
        @NonNull @Description("Short code of the group, e.g. \"EU\", \"G7\", \"NATO\". Used by filters such as nonSignatories(group:).") String code,
        @NonNull @Description("Full name, e.g. \"Group of Seven\".") String name,
        @NonNull @Description("Revision number, incremented by every change; setGroupMembers must send the version it read.") int version)
        implements
            Node {

    /** The type name in the group's global ids. */
    public static final String TYPE = "CountryGroup";

    @Override
    public String nodeType() {
        return TYPE;
    }
}
