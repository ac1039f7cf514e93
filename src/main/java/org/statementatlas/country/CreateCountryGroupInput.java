package org.statementatlas.country;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A new named group of countries. */
@Description("A new named group of countries.")
@Name("CreateCountryGroupInput")
public record CreateCountryGroupInput(
        @NonNull @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*", message = "must be letters, digits, '-' or '_'") @Description("Short code, e.g. \"QUAD\"; must not be taken (compared ignoring case).") String code,
        @NonNull @NotBlank @Size(max = 200) @Description("Full name, e.g. \"Quadrilateral Security Dialogue\"; must not be blank.") String name,
        @NonNull @NotNull @Size(max = 300) @Description("ISO 3166-1 alpha-2 codes of the first members (any case), possibly none; each must exist, none twice.") List<@NonNull @Pattern(regexp = "[A-Za-z]{2}", message = "must hold two-letter codes") String> countryCodes) {
}
