package org.statementatlas.country;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.graphql.id.Node;
import org.statementatlas.graphql.id.SearchResult;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A signatory: an ISO 3166-1 country, or an organisation such as the EU. */
@Entity
@Description("A country (every ISO 3166-1 entry) or an organisation, such as the European Union, that signs statements.")
public class Country extends PanacheEntityBase implements Node, SearchResult {

    public static final String TYPE = "Country";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @NonNull
    @Description("ISO 3166-1 alpha-2 code, e.g. \"JP\"; \"EU\" for the European Union. The natural key.")
    public String code;

    @Description("ISO 3166-1 alpha-3 code, e.g. \"JPN\"; null for organisations.")
    public String alpha3;

    @NonNull
    @Description("Common English name, e.g. \"North Korea\".")
    public String name;

    @NonNull
    @Description("Official English name, e.g. \"Democratic People's Republic of Korea\".")
    public String officialName;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("STATE for countries, ORGANIZATION for bodies such as the EU.")
    public CountryKind kind;

    @Description("UN geoscheme region, e.g. \"Europe\".")
    public String region;

    @Description("UN geoscheme subregion, e.g. \"Eastern Asia\".")
    public String subregion;

    @Description("Flag emoji.")
    public String flag;

    @Ignore
    @ElementCollection
    @CollectionTable(name = "country_alias", joinColumns = @JoinColumn(name = "country_id"))
    public List<CountryAlias> aliases = new ArrayList<>();

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("Opaque global id; pass it back to node(id:) and the typed lookups.")
    public String getGlobalId() {
        return GlobalId.encode(TYPE, id);
    }

    public static Optional<Country> findByCode(String code) {
        return code == null ? Optional.empty() : find("code", code.toUpperCase(Locale.ROOT)).firstResultOptional();
    }

    public static List<Country> findByCodes(Collection<String> codes) {
        return list("code in ?1", codes);
    }
}
