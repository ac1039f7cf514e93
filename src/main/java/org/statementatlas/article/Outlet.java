package org.statementatlas.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The news outlet that published an article. */
@Embeddable
public class Outlet {

    @Column(name = "outlet_name")
    public String name;

    @Column(name = "outlet_domain")
    public String domain;

    public Outlet() {
    }

    public Outlet(String name, String domain) {
        this.name = name;
        this.domain = domain;
    }
}
