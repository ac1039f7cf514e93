package org.statementatlas.country;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.statementatlas.graphql.batch.Batch;

/** The fields of a country group that need their own (batched) lookups. */
@GraphQLApi
@ApplicationScoped
public class CountryGroupApi {

    @Name("members")
    @Description("The countries in the group, by name.")
    public List<@NonNull List<@NonNull CountryView>> members(@Source List<CountryGroup> groups) {
        return Batch.inOrder(groups, g -> g.id, CountryQueries.members(groups.stream().map(g -> g.id).toList()),
                List.of());
    }
}
