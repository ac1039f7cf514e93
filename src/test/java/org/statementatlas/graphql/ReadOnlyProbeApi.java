package org.statementatlas.graphql;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;

/** A mutation that exists only in tests, so that the read-only guard can be tested before the API has real ones. */
@GraphQLApi
public class ReadOnlyProbeApi {

    /** How often the mutation has run. */
    static final AtomicInteger CALLS = new AtomicInteger();

    /** Counts its calls, so a test can tell whether a mutation resolver ran. */
    @Mutation("testOnlyProbeWrite")
    @Description("Test only: counts its calls, so a test can tell whether a mutation ran.")
    public int probeWrite() {
        return CALLS.incrementAndGet();
    }
}
