package org.statementatlas.country;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A country's membership of a group, with the date it joined where that matters. */
@Entity
public class GroupMembership extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    public CountryGroup group;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_id")
    public Country country;

    public LocalDate joinedOn;

    public GroupMembership() {
    }

    public GroupMembership(CountryGroup group, Country country, LocalDate joinedOn) {
        this.group = group;
        this.country = country;
        this.joinedOn = joinedOn;
    }
}
