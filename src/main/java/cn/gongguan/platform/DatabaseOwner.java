package cn.gongguan.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Connections as the database owner: the role that runs the platform and tenant change logs and creates the tenant
 * roles. The application itself connects as the least-privileged runtime role (the pool); only migrations come here,
 * each on a connection of its own outside the pool.
 *
 * @param url      the JDBC URL
 * @param username the owner role
 * @param password its password, if the server asks for one
 */
public record DatabaseOwner(String url, String username, String password) {

    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        }
        // The server's error detail quotes the offending row's values: personal data has no place in the logs
        properties.setProperty("logServerErrorDetail", "false");
        return DriverManager.getConnection(url, properties);
    }

    @Override
    public String toString() {
        return "DatabaseOwner[" + username + " at " + url + "]";
    }
}
