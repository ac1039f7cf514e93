package org.statementatlas.statement;

import org.eclipse.microprofile.graphql.Description;

/** Whether a statement is made jointly by several signatories or by one government. */
@Description("Whether a statement is made jointly by several signatories or by one government.")
public enum StatementKind {
    @Description("A statement signed by several countries or organisations.")
    JOINT_STATEMENT, @Description("A statement by one government, e.g. a foreign ministry's response.")
    NATIONAL_STATEMENT
}
