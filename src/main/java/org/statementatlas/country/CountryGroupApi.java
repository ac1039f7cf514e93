package org.statementatlas.country;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.statementatlas.graphql.batch.Batch;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The fields of a country group that need their own (batched) lookups. */
@GraphQLApi
@RegisterForReflection(methods = true, fields = false) // source fields only: see NativeImageClassesTest
@ApplicationScoped
public class CountryGroupApi {

    @Name("members")
    @Description("The countries in the group, by name.")
    public List<@NonNull List<@NonNull Country>> members(@Source List<CountryGroup> groups) {
        return Batch.inOrder(groups, g -> g.id, Batch.group(GroupMembership.<GroupMembership>find(
                "from GroupMembership m join fetch m.country c where m.group in ?1 order by c.name", groups).list(),
                m -> m.group.id, m -> m.country), List.of());
    }
}
