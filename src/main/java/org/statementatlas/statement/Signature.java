package org.statementatlas.statement;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.country.Country;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A country's signature on a statement, dated by the list on which it first appeared. */
@Entity
@Description("A country's or organisation's signature on a statement.")
public class Signature extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id")
    public Statement statement;

    @NonNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_id")
    @Description("The signatory.")
    public Country country;

    @NonNull
    @Description("The date of the first published signatory list that includes this signatory. Lists grow after publication, so this can be later than the statement's issuedOn.")
    public LocalDate firstListedOn;

    @Description("The title of the person who signed, where known, e.g. \"Secretary of State\".")
    public String signerTitle;

    @NonNull
    @Description("True when only some sources list this signatory.")
    public boolean disputed;

    @Description("The page that lists this signatory, where known.")
    public String sourceUrl;

    @Description("What to know about this signature, e.g. which source lists it.")
    public String note;
}
