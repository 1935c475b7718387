package fi.pyykkinaru.cluster;

import com.zaxxer.hikari.HikariDataSource;
import fi.pyykkinaru.clothesline.SlipPegged;
import fi.pyykkinaru.clothesline.SlipStatus;
import fi.pyykkinaru.clothesline.SlipStatusChanged;
import fi.pyykkinaru.printing.PrintJobChanged;
import fi.pyykkinaru.printing.PrintKind;
import fi.pyykkinaru.printing.PrintState;
import fi.pyykkinaru.session.FeedbackChanged;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Carries the live changes (a slip pegged or hidden, a vote, a print job moving on) between app nodes that share
 * one PostgreSQL: each change is announced with {@code pg_notify} inside the transaction that made it, so other
 * nodes hear of it only once it is committed, and every node listens and hands what it hears to its own
 * screens as if the change were local. On HSQLDB (one box) it does nothing.
 */
@Component
class ClusterRelay implements SmartLifecycle {

    static final String CHANNEL = "pyykkinaru_live";
    private static final Logger log = LoggerFactory.getLogger(ClusterRelay.class);
    /** Set while a change heard from another node is handed on, so it is not announced again. */
    private static final ThreadLocal<Boolean> RELAYING = ThreadLocal.withInitial(() -> false);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final String node = UUID.randomUUID().toString();
    private volatile boolean postgres;
    private volatile boolean running;
    private @Nullable Thread listener;

    ClusterRelay(DataSource dataSource, JdbcClient jdbc, ApplicationEventPublisher publisher) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    @EventListener
    void on(SlipPegged pegged) {
        announce("SlipPegged", pegged.eventId(), pegged.lineId(), pegged.slipId(), pegged.status());
    }

    @EventListener
    void on(SlipStatusChanged changed) {
        announce("SlipStatusChanged", changed.eventId(), changed.lineId(), changed.slipId(), changed.status());
    }

    @EventListener
    void on(FeedbackChanged changed) {
        announce("FeedbackChanged", changed.sessionId());
    }

    @EventListener
    void on(PrintJobChanged changed) {
        announce("PrintJobChanged", changed.jobId(), changed.kind(), changed.state(), changed.subject());
    }

    @Override
    public void start() {
        try (Connection db = dataSource.getConnection()) {
            postgres = db.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
        running = true;
        if (postgres) {
            listener = Thread.ofPlatform().daemon().name("cluster-relay").start(this::listen);
            log.info("Cluster relay: node {} listens on {}", node, CHANNEL);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void announce(String type, Object... fields) {
        if (!postgres || RELAYING.get()) {
            return;
        }
        StringBuilder payload = new StringBuilder(node).append('|').append(type);
        for (Object field : fields) {
            payload.append('|').append(field);
        }
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, payload.toString()).query((rs, n) -> 0).list();
    }

    /** A connection of its own (not the pool's), so that LISTEN lasts as long as the node. */
    private void listen() {
        while (running) {
            try (Connection db = ownConnection(); Statement statement = db.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                PGConnection pg = db.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] heard = pg.getNotifications(500);
                    if (heard != null) {
                        for (PGNotification notification : heard) {
                            relay(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Cluster relay lost its connection; listening again in a second", e);
                    sleep();
                }
            }
        }
    }

    private Connection ownConnection() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }

    private void relay(String payload) {
        String[] part = payload.split("\\|", 6);
        if (part[0].equals(node)) {
            return;
        }
        Object change = switch (part[1]) {
            case "SlipPegged" -> new SlipPegged(Long.parseLong(part[2]), Long.parseLong(part[3]), Long.parseLong(part[4]),
                    SlipStatus.valueOf(part[5]));
            case "SlipStatusChanged" -> new SlipStatusChanged(Long.parseLong(part[2]), Long.parseLong(part[3]),
                    Long.parseLong(part[4]), SlipStatus.valueOf(part[5]));
            case "FeedbackChanged" -> new FeedbackChanged(Long.parseLong(part[2]));
            case "PrintJobChanged" -> new PrintJobChanged(Long.parseLong(part[2]), PrintKind.valueOf(part[3]),
                    part.length > 5 ? part[5] : "", PrintState.valueOf(part[4]));
            default -> null;
        };
        if (change == null) {
            return;
        }
        RELAYING.set(true);
        try {
            publisher.publishEvent(change);
        } finally {
            RELAYING.remove();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
