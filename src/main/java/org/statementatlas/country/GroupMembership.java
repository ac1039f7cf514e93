package org.statementatlas.country;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A country's membership of a group, with the date it joined where that matters. */
@Entity
@Description("A country's membership of a group.")
public class GroupMembership extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @NonNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id")
    @Description("The group.")
    public CountryGroup group;

    @Ignore
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_id")
    public Country country;

    @Description("The date the country joined, where the group records it (e.g. Finland joined NATO on 2023-04-04); null for founding or long-standing members.")
    public LocalDate joinedOn;

    public GroupMembership() {
    }

    public GroupMembership(CountryGroup group, Country country, LocalDate joinedOn) {
        this.group = group;
        this.country = country;
        this.joinedOn = joinedOn;
    }
}
