package org.statementatlas.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.statementatlas.statement.Statement;

/**
 * A signatory count an article states, e.g. "47 countries". The verdict is not stored: {@link ClaimChecker} computes it
 * from the signatures whenever claims are read ({@link ClaimView}), so it follows corrections to the signatory list.
 */
@Entity
public class Claim extends ArticlePart {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "statement_id")
    public Statement statement;

    public int position;

    public String phrase;

    @Column(name = "claimed_value")
    public int value;

    public boolean approximate;

    @Enumerated(EnumType.STRING)
    public ClaimQualifier qualifier;

    @Enumerated(EnumType.STRING)
    public ClaimUnit counts;

    public boolean inHeadline;

    @Column(name = "start_offset")
    public Integer start;

    @Column(name = "end_offset")
    public Integer end;

    /** EDITOR once an editor added or changed the claim; re-ingesting keeps it then. */
    @Enumerated(EnumType.STRING)
    public FindingMethod method = FindingMethod.PIPELINE;
}
