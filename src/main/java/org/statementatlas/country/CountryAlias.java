package org.statementatlas.country;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One alternative name of a country, as used to recognise it in text. */
@Embeddable
@Description("An alternative name of a country, used to recognise it in text.")
public class CountryAlias {

    @NonNull
    @Column(name = "alias")
    @Description("The alternative name as written, e.g. \"DPRK\".")
    public String text;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("How the name refers to the country.")
    public AliasKind kind;

    public CountryAlias() {
    }

    public CountryAlias(String text, AliasKind kind) {
        this.text = text;
        this.kind = kind;
    }
}
