package cn.gongguan.certificate.api;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.reference.Department;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the active token a request presented, by the hash of its secret, through the security-definer function
 * {@code platform.api_token_caller}: the runtime role the request runs as may not read the tokens' table itself.
 */
@Component
class ApiCallers {

    private final JdbcClient jdbc;

    ApiCallers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active token with this secret; empty for an unknown, rotated-away or revoked one. */
    Optional<ApiCaller> find(String secret) {
        return jdbc.sql("select id, county_code, department, name, per_minute from platform.api_token_caller(?)")
                .param(ApiSecret.hash(secret))
                .query((rs, row) -> new ApiCaller(rs.getLong(1), TenantCode.of(rs.getString(2)),
                        Department.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, Integer.class)))
                .optional();
    }
}
