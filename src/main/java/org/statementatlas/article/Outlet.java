package org.statementatlas.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The news outlet that published an article. */
@Embeddable
@Description("The news outlet that published an article.")
public class Outlet {

    @NonNull
    @Column(name = "outlet_name")
    @Description("Name of the outlet, e.g. \"Kyiv Post\".")
    public String name;

    @Column(name = "outlet_domain")
    @Description("Web domain of the outlet, e.g. \"kyivpost.com\".")
    public String domain;

    public Outlet() {
    }

    public Outlet(String name, String domain) {
        this.name = name;
        this.domain = domain;
    }
}
