package org.statementatlas.country.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.statementatlas.country.CountryGroupView;
import org.statementatlas.country.CountryQueries;
import org.statementatlas.country.CountryView;
import org.statementatlas.graphql.batch.Batch;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Every field of the CountryGroup type that is not one of its own columns: its members, batched over all groups of a response level. */
@GraphQLApi
@RegisterForReflection(methods = true, fields = false) // source fields only: see NativeImageClassesTest
@ApplicationScoped
public class CountryGroupResolver {

    @Name("members")
    @Description("The countries in the group, by name.")
    public List<@NonNull List<@NonNull CountryView>> members(@Source List<CountryGroupView> groups) {
        return Batch.inOrder(groups, CountryGroupView::id,
                CountryQueries.members(groups.stream().map(CountryGroupView::id).toList()),
                List.of());
    }
}
