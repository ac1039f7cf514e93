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

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.graphql.id.GlobalId;
import org.statementatlas.graphql.id.Node;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A named set of countries, such as the EU, the G7 or NATO. */
@Entity
@Description("A named set of countries, such as the EU member states, the G7 or NATO.")
public class CountryGroup extends PanacheEntityBase implements Node {

    public static final String TYPE = "CountryGroup";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @NonNull
    @Description("Short code of the group, e.g. \"EU\", \"G7\", \"NATO\". Used by filters such as nonSignatories(group:).")
    public String code;

    @NonNull
    @Description("Full name, e.g. \"Group of Seven\".")
    public String name;

    @Ignore
    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<GroupMembership> members = new ArrayList<>();

    @Version
    @NonNull
    @Description("Revision number, incremented by every change; setGroupMembers must send the version it read.")
    public int version;

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Name("id")
    @Description("Opaque global id of the group.")
    public String getGlobalId() {
        return GlobalId.encode(TYPE, id);
    }

    public static Optional<CountryGroup> findByCode(String code) {
        return find("upper(code)", code == null ? "" : code.toUpperCase(Locale.ROOT)).firstResultOptional();
    }
}
