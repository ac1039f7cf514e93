package org.statementatlas.country;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

import org.statementatlas.graphql.id.GlobalId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A signatory: an ISO 3166-1 country, or an organisation such as the EU. */
@Entity
public class Country extends PanacheEntityBase {

    public static final String TYPE = "Country";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public String alpha3;

    public String name;

    public String officialName;

    @Enumerated(EnumType.STRING)
    public CountryKind kind;

    public String region;

    public String subregion;

    public String flag;

    @ElementCollection
    @CollectionTable(name = "country_alias", joinColumns = @JoinColumn(name = "country_id"))
    public List<CountryAlias> aliases = new ArrayList<>();

    public String getGlobalId() {
        return GlobalId.encode(TYPE, id);
    }

    public static List<Country> findByCodes(Collection<String> codes) {
        return list("code in ?1", codes);
    }
}
