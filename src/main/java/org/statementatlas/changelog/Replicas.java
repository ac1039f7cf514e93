package org.statementatlas.changelog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps replicas that share one PostgreSQL database in step: each learns of the writes made through the others as
 * they commit, so that its response cache and its subscribers follow the database (as fast as a notification travels
 * and this process's listener thread runs: docs/deploy.md, "Many replicas"). Inactive on H2, where one process owns
 * the database.
 * <p>
 * Sending: in the transaction of every change-log entry, {@link #entryRecorded} issues {@code pg_notify} on the
 * {@value #CHANNEL} channel with "replica:sequence". PostgreSQL delivers a notification only when its transaction
 * commits, so a rolled-back write is never announced, and before the writer's commit returns, so normally before the
 * writer gets its answer. {@link #beforeEntry} first takes a transaction-scoped advisory lock, so change-log ids are
 * handed out in commit order across all replicas: whoever has read entry n can never see a lower one appear later.
 * <p>
 * Receiving: one daemon thread holds a dedicated connection (not one of the pool's) that {@code LISTEN}s; for each
 * notification from another replica it advances the {@link DataVersion} (the response cache drops what it holds) and
 * hands the sequence to {@link ChangeFeed#publish} (subscriptions); a notification without a sequence
 * ({@link #announceUnloggedWrites}, after a bulk import) only advances the version. When that connection fails it
 * reconnects with growing pauses; while it is down notifications are lost, so the data version stays untracked
 * (nothing cached is reused) until {@code LISTEN} works again. Subscribers miss the changes committed elsewhere in
 * that time; the {@code changes} query still has them.
 */
@ApplicationScoped
public class Replicas {

    /** The notification channel; notifications never leave their database, so one name serves every deployment. */
    static final String CHANNEL = "atlas_changes";
    /** The key of the advisory lock that orders change-log entries (any constant; "atlas" in ASCII). */
    private static final long ORDER_LOCK = 0x61746c6173L;
    private static final Duration FIRST_RECONNECT_DELAY = Duration.ofMillis(250);
    private static final Logger LOG = Logger.getLogger(Replicas.class);

    private final boolean active;
    private final String replica = UUID.randomUUID().toString();
    private final DataVersion dataVersion;
    private final ChangeFeed feed;
    private final ReplicaConfig config;
    private final String url;
    private final String username;
    private final String password;
    private volatile boolean running;
    private volatile Connection listening;

    Replicas(@ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            DataVersion dataVersion, ChangeFeed feed, ReplicaConfig config) {
        this.active = "postgresql".equals(dbKind);
        this.url = url.orElse("");
        this.username = username.orElse("");
        this.password = password.orElse("");
        this.dataVersion = dataVersion;
        this.feed = feed;
        this.config = config;
    }

    /** Called in the write transaction just before its change-log entry is inserted. */
    void beforeEntry() {
        if (active) {
            Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)")
                    .setParameter(1, ORDER_LOCK).getSingleResult();
        }
    }

    /** Called in the write transaction once its change-log entry has its sequence: tells the other replicas on commit. */
    void entryRecorded(long sequence) {
        if (active) {
            Panache.getEntityManager().createNativeQuery("select pg_notify(?1, ?2)")
                    .setParameter(1, CHANNEL).setParameter(2, replica + ":" + sequence).getSingleResult();
        }
    }

    /**
     * Tells the other replicas, at once, that data changed without change-log entries (a bulk import): they drop their
     * cached answers. There is nothing to send to subscribers. Call it after the writes have committed.
     */
    public void announceUnloggedWrites() {
        if (active) {
            QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                    .createNativeQuery("select pg_notify(?1, ?2)").setParameter(1, CHANNEL)
                    .setParameter(2, replica + ":").getSingleResult());
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (!active) {
            return;
        }
        // Until LISTEN works, writes made elsewhere go unseen: cache nothing.
        dataVersion.untracked();
        running = true;
        Thread thread = new Thread(this::listen, "atlas-replica-listener");
        thread.setDaemon(true);
        thread.start();
    }

    private void listen() {
        Duration delay = FIRST_RECONNECT_DELAY;
        boolean connectedBefore = false;
        while (running) {
            try (Connection connection = connect()) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                // Writes made elsewhere while nobody listened were not announced: whatever was derived before is stale.
                dataVersion.tracked();
                LOG.infof(connectedBefore
                        ? "Listening again for writes of other replicas (channel %s); the response cache was cleared"
                        : "Listening for writes of other replicas (channel %s, replica %s)", CHANNEL, replica);
                connectedBefore = true;
                delay = FIRST_RECONNECT_DELAY;
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                dataVersion.untracked();
                if (!running) {
                    return;
                }
                LOG.warnf("Lost the connection that listens for writes of other replicas (%s); until it is back the"
                        + " response cache is bypassed and subscribers miss those writes. Reconnecting in %d ms",
                        e.getMessage(), delay.toMillis());
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                delay = delay.multipliedBy(2);
                if (delay.compareTo(config.reconnectMaxDelay()) > 0) {
                    delay = config.reconnectMaxDelay();
                }
            } finally {
                listening = null;
            }
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        int wait = (int) Math.max(1, config.checkInterval().toMillis());
        while (running) {
            PGNotification[] notifications = pg.getNotifications(wait);
            if (notifications == null || notifications.length == 0) {
                // Nothing for a while: make sure the connection is still there (a dead one fails here).
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT 1");
                }
                continue;
            }
            for (PGNotification notification : notifications) {
                received(notification.getParameter());
            }
        }
    }

    private void received(String payload) {
        int colon = payload.lastIndexOf(':');
        if (colon < 0 || payload.substring(0, colon).equals(replica)) {
            return;
        }
        if (colon == payload.length() - 1) {
            // Writes without change-log entries: only cached answers are affected.
            dataVersion.advance();
            return;
        }
        long sequence;
        try {
            sequence = Long.parseLong(payload.substring(colon + 1));
        } catch (NumberFormatException e) {
            LOG.warnf("Ignored a notification on channel %s that is not replica:sequence: %s", CHANNEL, payload);
            return;
        }
        // The cache first: a reader who heard of the write from elsewhere must not get the old answer.
        dataVersion.advance();
        feed.publish(sequence);
    }

    /** A connection of its own, outside the pool: it stays open for as long as the process runs. */
    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (!username.isEmpty()) {
            properties.setProperty("user", username);
        }
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "statement-atlas replica listener");
        properties.setProperty("tcpKeepAlive", "true");
        // A read that hangs (a network that dropped without a reset) fails after this long.
        properties.setProperty("socketTimeout", Long.toString(config.checkInterval().toSeconds() * 3 + 1));
        Connection connection = new Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL JDBC URL: " + url);
        }
        connection.setAutoCommit(true);
        return connection;
    }

    @PreDestroy
    void stop() {
        running = false;
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the replica listener's connection failed", e);
            }
        }
    }
}
