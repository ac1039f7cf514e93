package org.statementatlas.country;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OneToMany;

import org.statementatlas.changelog.EditableEntity;
import org.statementatlas.graphql.id.GlobalId;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** A named set of countries, such as the EU, the G7 or NATO. */
@Entity
public class CountryGroup extends EditableEntity {

    public static final String TYPE = CountryGroupView.TYPE;

    public String code;

    public String name;

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<GroupMembership> members = new ArrayList<>();

    @Override
    public String getGlobalId() {
        return GlobalId.encode(TYPE, id);
    }

    /** The group with this code, ignoring case. */
    public static Optional<CountryGroup> findByCode(String code) {
        return byCode(code).firstResultOptional();
    }

    /** The group with this code, ignoring case, locked for a write until the transaction ends. */
    public static Optional<CountryGroup> findByCodeForUpdate(String code) {
        return byCode(code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    private static PanacheQuery<CountryGroup> byCode(String code) {
        return find("upper(code)", code == null ? "" : code.toUpperCase(Locale.ROOT));
    }
}
