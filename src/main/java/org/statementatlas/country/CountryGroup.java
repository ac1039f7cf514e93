package org.statementatlas.country;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

import org.statementatlas.changelog.Editable;
import org.statementatlas.graphql.id.GlobalId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A named set of countries, such as the EU, the G7 or NATO. */
@Entity
public class CountryGroup extends PanacheEntityBase implements Editable {

    public static final String TYPE = CountryGroupView.TYPE;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public String name;

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<GroupMembership> members = new ArrayList<>();

    @Version
    public int version;

    @Override
    public int version() {
        return version;
    }

    @Override
    public String getGlobalId() {
        return GlobalId.encode(TYPE, id);
    }

    public static Optional<CountryGroup> findByCode(String code) {
        return find("upper(code)", code == null ? "" : code.toUpperCase(Locale.ROOT)).firstResultOptional();
    }
}
