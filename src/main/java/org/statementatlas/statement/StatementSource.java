package org.statementatlas.statement;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An official page that publishes a statement, with the day its signatory list was read. */
@Embeddable
@Description("An official or press page that publishes the statement.")
public class StatementSource {

    @NonNull
    @Description("Address of the page.")
    public String url;

    @Description("Who publishes the page, e.g. \"UK Government\".")
    public String publisher;

    @Description("The date of the signatory list this page shows, where known.")
    public LocalDate listedOn;

    @Description("What to know about this source, e.g. that its address is inferred.")
    public String note;

    public StatementSource() {
    }

    public StatementSource(String url, String publisher, LocalDate listedOn, String note) {
        this.url = url;
        this.publisher = publisher;
        this.listedOn = listedOn;
        this.note = note;
    }
}
