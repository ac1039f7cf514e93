package org.statementatlas.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A passage an article quotes, with its speaker when the sentence names one. */
@Entity
public class Quote extends ArticlePart {

    public int position;

    public String text;

    public String speaker;

    @Column(name = "start_offset")
    public int start;

    @Column(name = "end_offset")
    public int end;
}
