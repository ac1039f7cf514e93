package org.statementatlas.graphql.server;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Singleton;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.arc.Unremovable;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Counts the SQL statements of one request, for {@link RequestMetrics}: Hibernate shows every statement it
 * prepares to this inspector, on whichever thread runs it with the request's context active.
 */
@RequestScoped
@Unremovable // looked up, never injected
class SqlStatements {

    private int count;

    /** The counter of the request whose context is active on this thread (not a proxy: usable after it). */
    static SqlStatements current() {
        return ClientProxy.unwrap(Arc.container().instance(SqlStatements.class).get());
    }

    synchronized int count() {
        return count;
    }

    synchronized void counted() {
        count++;
    }

    /** Hibernate's hook: passes every statement through unchanged, counting it. */
    @Singleton
    @PersistenceUnitExtension
    static class Inspector implements StatementInspector {

        @Override
        public String inspect(String sql) {
            if (Arc.container().requestContext().isActive()) {
                Arc.container().instance(SqlStatements.class).get().counted();
            }
            return sql;
        }
    }
}
