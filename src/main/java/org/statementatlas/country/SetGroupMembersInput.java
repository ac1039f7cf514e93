package org.statementatlas.country;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The complete new member list of a group. */
@Description("The complete new member list of a group; members not listed are removed.")
@Name("SetGroupMembersInput")
public record SetGroupMembersInput(
        @NonNull @NotBlank @Description("Code of the group, e.g. \"G7\" (any case).") String groupCode,
        @NonNull @NotNull @Size(max = 300) @Description("ISO 3166-1 alpha-2 codes of all members (any case); each must exist, none twice.") List<@NonNull @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must hold two-letter codes") String> countryCodes,
        @NonNull @NotNull @Description("The group version you read (CountryGroup.version). If it has changed since, nothing is written and the error (CONFLICT) carries the current version.") Integer expectedVersion) {
}
