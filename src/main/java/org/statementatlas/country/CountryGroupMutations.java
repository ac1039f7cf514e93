package org.statementatlas.country;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.changelog.Edit;
import org.statementatlas.changelog.Edits;
import org.statementatlas.graphql.error.BadUserInputException;
import org.statementatlas.graphql.error.NotFoundException;
import org.statementatlas.graphql.input.InputValidator;
import org.statementatlas.security.GraphQLSecurityErrors;
import org.statementatlas.security.Roles;

/** Editor writes to country groups: create one, replace its member list. Same rules as statement writes. */
@GraphQLApi
@ApplicationScoped
@GraphQLSecurityErrors
public class CountryGroupMutations {

    private final InputValidator inputs;
    private final Edits edits;

    CountryGroupMutations(InputValidator inputs, Edits edits) {
        this.inputs = inputs;
        this.edits = edits;
    }

    @Mutation("createCountryGroup")
    @Description("Creates a named group of countries, e.g. for nonSignatories(group:). Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull CountryGroupPayload createCountryGroup(
            @NonNull @Description("The new group.") CreateCountryGroupInput input) {
        inputs.validate(input);
        if (CountryGroup.findByCode(input.code()).isPresent()) {
            throw new BadUserInputException("Input field 'code': the group code '" + input.code() + "' is taken.", "code");
        }
        List<Country> members = CountryCodes.distinct(input.countryCodes(), "countryCodes");
        CountryGroup group = new CountryGroup();
        group.code = input.code();
        group.name = input.name().strip();
        members.forEach(c -> group.members.add(new GroupMembership(group, c, null)));
        group.persist();
        edits.recordStored("createCountryGroup", CountryGroup.TYPE, group, () -> snapshot(group));
        return new CountryGroupPayload(CountryQueries.group(group.id), codes(members), List.of());
    }

    @Mutation("setGroupMembers")
    @Description("Replaces a group's member list. Members who stay keep their joining dates. Send the version you read as expectedVersion: a stale one writes nothing and fails with CONFLICT. Needs the editor role.")
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public @NonNull CountryGroupPayload setGroupMembers(
            @NonNull @Description("The group and its new members.") SetGroupMembersInput input) {
        inputs.validate(input);
        Edit<CountryGroup> edit = edits.locked(CountryGroup.TYPE, CountryGroup.findByCodeForUpdate(input.groupCode())
                .orElseThrow(() -> new NotFoundException("No group has the code '" + input.groupCode() + "'.",
                        "groupCode")),
                input.expectedVersion());
        CountryGroup group = edit.entity();
        Map<String, Country> wanted = CountryCodes.distinct(input.countryCodes(), "countryCodes").stream()
                .collect(Collectors.toMap(c -> c.code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, Object> before = snapshot(group);

        Set<String> current = group.members.stream().map(m -> m.country.code).collect(Collectors.toSet());
        List<String> removed = group.members.stream().map(m -> m.country.code).filter(c -> !wanted.containsKey(c))
                .sorted().toList();
        List<String> added = wanted.keySet().stream().filter(c -> !current.contains(c)).sorted().toList();
        group.members.removeIf(m -> !wanted.containsKey(m.country.code));
        added.forEach(code -> group.members.add(new GroupMembership(group, wanted.get(code), null)));
        // Membership rows are children of the group: any change to them is a new version of the group.
        edit.recordNewVersion("setGroupMembers", before, () -> snapshot(group));
        return new CountryGroupPayload(CountryQueries.group(group.id), added, removed);
    }

    private static List<String> codes(List<Country> countries) {
        return countries.stream().map(c -> c.code).sorted().toList();
    }

    private static Map<String, Object> snapshot(CountryGroup group) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("code", group.code);
        map.put("name", group.name);
        map.put("members", group.members.stream().map(m -> m.country.code).sorted().toList());
        map.put("version", group.version);
        return map;
    }
}
