package org.statementatlas.statement;

import org.eclipse.microprofile.graphql.Description;

/** What statements can be ordered by. */
@Description("What statements can be ordered by.")
public enum StatementOrderField {
    @Description("Issue date.")
    ISSUED_ON, @Description("Title, ignoring case.")
    TITLE, @Description("Number of signatories (all listed, disputed included).")
    SIGNATORY_COUNT
}
