package org.statementatlas.article;

import org.eclipse.microprofile.graphql.Description;

/** What a signatory-count claim counts; decides which signatures the claim is checked against. */
@Description("What a signatory-count claim counts.")
public enum ClaimUnit {
    @Description("Countries (\"47 countries\", \"48 nations\"): signatories that are states; organisations such as the EU are left out.")
    COUNTRIES, @Description("Ministers (\"47 foreign ministers\"): one per signing state; organisations sign through other officials.")
    MINISTERS, @Description("Countries plus named organisations (\"Ten nations and the European Union\"): the number counts the states, and the organisations must have signed too.")
    COUNTRIES_AND_ORGANIZATIONS, @Description("Every signatory, states and organisations alike (\"51 signatories\").")
    SIGNATORIES
}
