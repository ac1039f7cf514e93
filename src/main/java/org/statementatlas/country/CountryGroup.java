package org.statementatlas.country;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.statementatlas.graphql.id.NodeEntity;

/** A named set of countries, such as the EU, the G7 or NATO. */
@Entity
@Description("A named set of countries, such as the EU member states, the G7 or NATO.")
public class CountryGroup extends NodeEntity {

    public static final String TYPE = "CountryGroup";

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
    protected String nodeType() {
        return TYPE;
    }

    public static Optional<CountryGroup> findByCode(String code) {
        return find("upper(code)", code == null ? "" : code.toUpperCase(Locale.ROOT)).firstResultOptional();
    }
}
