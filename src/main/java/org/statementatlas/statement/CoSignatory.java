package org.statementatlas.statement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.country.CountryView;

/** A country that signed some of the same statements as another, and which ones. */
@Description("A country that signed some of the same statements as the country asked about.")
public record CoSignatory(
        @NonNull @Description("The co-signing country.") CountryView country,
        @NonNull @Description("How many statements both signed.") int sharedStatements,
        @NonNull @Description("The statements both signed, newest first.") List<@NonNull StatementView> statements) {
}
