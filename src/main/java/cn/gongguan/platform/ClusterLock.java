package cn.gongguan.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Lets one replica at a time run a background job: a PostgreSQL session-level advisory lock, held on a connection of
 * its own for the length of the work and released with it — also when the replica dies, since the session ends.
 */
@Component
public class ClusterLock {

    private final DataSource dataSource;

    ClusterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the work holding the lock {@code key}, or returns empty at once when another replica holds it. */
    public <T> Optional<T> tryRun(long key, Supplier<T> work) {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisoryLock(lock, "pg_try_advisory_lock", key)) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(work.get());
            } finally {
                advisoryLock(lock, "pg_advisory_unlock", key);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The cluster lock " + Long.toHexString(key) + " could not be taken", e);
        }
    }

    private static boolean advisoryLock(Connection connection, String function, long key) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select " + function + "(" + key + ")")) {
            return result.next() && result.getBoolean(1);
        }
    }
}
