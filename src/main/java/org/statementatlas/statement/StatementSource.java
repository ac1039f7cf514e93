package org.statementatlas.statement;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/** An official page that publishes a statement, with the day its signatory list was read. */
@Embeddable
public class StatementSource {

    public String url;

    public String publisher;

    public LocalDate listedOn;

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
