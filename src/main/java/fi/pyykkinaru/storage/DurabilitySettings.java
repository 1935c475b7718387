package fi.pyykkinaru.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Makes an acknowledged write durable: HSQLDB syncs its log on every commit instead of every 500 ms.
 * The JDBC URL asks for the same, but HSQLDB applies URL settings only when it creates a database, so a
 * database made with other settings is corrected here at every start.
 */
@Component
class DurabilitySettings implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(DurabilitySettings.class);

    private final DataSource dataSource;

    DurabilitySettings(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (product.startsWith("HSQL")) {
                statement.execute("SET FILES WRITE DELAY FALSE");
                log.info("HSQLDB at {}: log synced on every commit", connection.getMetaData().getURL());
            }
        }
    }
}
