package org.statementatlas.statement;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.statementatlas.country.Country;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A country's signature on a statement, dated by the list on which it first appeared. */
@Entity
public class Signature extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id")
    public Statement statement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_id")
    public Country country;

    public LocalDate firstListedOn;

    public String signerTitle;

    public boolean disputed;

    public String sourceUrl;

    public String note;
}
