package org.statementatlas.statement;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.country.CountryView;

/** The read model of a signature. */
@Name("Signature")
@Description("A country's or organisation's signature on a statement.")
public record SignatureView(
        @Ignore Long statementId,
        @NonNull @Description("The signatory.") CountryView country,
        @NonNull @Description("The date of the first published signatory list that includes this signatory. Lists grow after publication, so this can be later than the statement's issuedOn.") LocalDate firstListedOn,
        @Description("The title of the person who signed, where known, e.g. \"Secretary of State\".") String signerTitle,
        @NonNull @Description("True when only some sources list this signatory.") boolean disputed,
        @Description("The page that lists this signatory, where known.") String sourceUrl,
        @Description("What to know about this signature, e.g. which source lists it.") String note) {
}
