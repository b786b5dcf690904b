package cn.gongguan.security;

import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.Sealer;
import cn.gongguan.platform.reseal.SealedValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The second factors' secrets of every account (platform), for the re-seal after a key rotation. Recovery codes are
 * keyed hashes, whose key does not change with a rotation: nothing to do for them.
 */
@Component
class SealedSecondFactors implements SealedValues {

    private final JdbcClient jdbc;

    SealedSecondFactors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "security.second-factor";
    }

    @Override
    public boolean perTenant() {
        return false;
    }

    @Override
    @PlatformTransactional
    public Batch resealAfter(Sealer sealer, long after, int limit) {
        return SealedValues.reseal(sealer, jdbc.sql("""
                        select id, totp_secret from platform.app_user where totp_secret is not null and id > ?
                        order by id limit ?""")
                .params(after, limit)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getBytes(2), SecondFactors.context(rs.getLong(1))))
                .list(), (id, read, moved) -> jdbc.sql(
                        "update platform.app_user set totp_secret = ? where id = ? and totp_secret = ?")
                .params(moved, id, read).update());
    }
}
