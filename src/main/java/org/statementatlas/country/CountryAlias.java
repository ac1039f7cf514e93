package org.statementatlas.country;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One alternative name of a country, as used to recognise it in text. */
@Embeddable
public class CountryAlias {

    @Column(name = "alias")
    public String text;

    @Enumerated(EnumType.STRING)
    public AliasKind kind;

    public CountryAlias() {
    }

    public CountryAlias(String text, AliasKind kind) {
        this.text = text;
        this.kind = kind;
    }
}
