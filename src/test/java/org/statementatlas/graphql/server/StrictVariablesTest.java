package org.statementatlas.graphql.server;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.TypeName;

/** Int and Float variables are coerced the way the spec says, not the lenient way of SmallRye's scalars. */
class StrictVariablesTest {

    private static final TypeName INT = new TypeName("Int");
    private static final TypeName FLOAT = new TypeName("Float");

    @Test
    void intTakesIntegersInTheSigned32BitRange() {
        assertNull(StrictVariables.problem(INT, 42));
        assertNull(StrictVariables.problem(INT, new BigDecimal("2147483647")));
        assertNull(StrictVariables.problem(INT, new BigDecimal("1.0")));
        assertNotNull(StrictVariables.problem(INT, new BigDecimal("2147483648")));
        assertNotNull(StrictVariables.problem(INT, new BigDecimal("1e400")));
        assertNotNull(StrictVariables.problem(INT, new BigDecimal("2.5")));
        assertNotNull(StrictVariables.problem(INT, "10"));
        assertNotNull(StrictVariables.problem(INT, true));
    }

    @Test
    void floatTakesNumbersOnly() {
        assertNull(StrictVariables.problem(FLOAT, new BigDecimal("2.5")));
        assertNull(StrictVariables.problem(FLOAT, 3));
        assertNotNull(StrictVariables.problem(FLOAT, "2.5"));
    }

    @Test
    void listsAndNonNullWrappersAreLookedThrough() {
        ListType ints = new ListType(new NonNullType(INT));
        assertNull(StrictVariables.problem(ints, List.of(1, 2)));
        assertNull(StrictVariables.problem(ints, 1));
        assertNotNull(StrictVariables.problem(ints, List.of(1, new BigDecimal("2.5"))));
        assertNull(StrictVariables.problem(new NonNullType(INT), null));
    }

    @Test
    void otherTypesAreLeftToSmallRye() {
        assertNull(StrictVariables.problem(new TypeName("String"), 42));
        assertNull(StrictVariables.problem(new TypeName("StatementFilter"), "anything"));
    }
}
