package no.samvirke.platform.reliability;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Takes the database away and gives it back, as the connection pool sees it: while down, every
 * new connection fails the way HikariCP fails when the database is unreachable
 * ({@code SQLTransientConnectionException}, "Connection is not available, request timed out").
 * The drill in {@code drills/} does the same with a real PostgreSQL that is stopped.
 */
@TestConfiguration
public class DatabaseSwitch {

    private final AtomicBoolean down = new AtomicBoolean();

    public void down() {
        down.set(true);
    }

    public void up() {
        down.set(false);
    }

    @Bean
    static BeanPostProcessor switchableDataSource(org.springframework.beans.factory.ObjectProvider<DatabaseSwitch> switchProvider) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof DataSource dataSource) || bean instanceof DelegatingDataSource) {
                    return bean;
                }
                return new DelegatingDataSource(dataSource) {
                    @Override
                    public Connection getConnection() throws SQLException {
                        failIfDown();
                        return super.getConnection();
                    }

                    @Override
                    public Connection getConnection(String user, String password) throws SQLException {
                        failIfDown();
                        return super.getConnection(user, password);
                    }

                    private void failIfDown() throws SQLException {
                        if (switchProvider.getObject().down.get()) {
                            throw new SQLTransientConnectionException(
                                    "HikariPool-1 - Connection is not available, request timed out after 5000ms.");
                        }
                    }
                };
            }
        };
    }
}
