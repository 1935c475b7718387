package fi.pyykkinaru.storage;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Random secrets the server makes for itself on first use and keeps in the database, so that they survive
 * restarts and are backed up with the data they protect.
 */
@Component
public class ServerSecrets {

    private final JdbcClient jdbc;
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    ServerSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String secret(String name) {
        return cache.computeIfAbsent(name, this::loadOrCreate);
    }

    private String loadOrCreate(String name) {
        return read(name).orElseGet(() -> {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            try {
                jdbc.sql("insert into server_secret (name, secret) values (?, ?)")
                        .params(name, Base64.getEncoder().encodeToString(bytes)).update();
            } catch (DuplicateKeyException anotherNodeWasFirst) {
                // Fine: read what it stored.
            }
            return read(name).orElseThrow();
        });
    }

    private java.util.Optional<String> read(String name) {
        return jdbc.sql("select secret from server_secret where name = ?").param(name).query(String.class).optional();
    }
}
