package cn.gongguan.demo;

import cn.gongguan.glass.BreakTheGlass;
import cn.gongguan.glass.GlassReason;
import cn.gongguan.platform.DatabaseOwner;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.security.AccountProvisioning;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.springframework.stereotype.Component;

/**
 * Break-the-glass by the county governance group in 城关镇: 王建国's record was opened yesterday to check a petition
 * (expired since), 刘芳's just now for a supervision (active for the configured time). So 城关镇's administrator sees
 * both on the home page, and the county's log lists them.
 */
@Component
class GlassDemo {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");

    private final BreakTheGlass glass;
    private final AccountProvisioning accounts;
    private final DatabaseOwner owner;

    GlassDemo(BreakTheGlass glass, AccountProvisioning accounts, DatabaseOwner owner) {
        this.glass = glass;
        this.accounts = accounts;
        this.owner = owner;
    }

    /** Once: nothing happens when the county has opened any access. */
    void seed() {
        accounts.runAs("county.governance", () -> {
            if (glass.logSize() > 0) {
                return;
            }
            long expired = glass.open(CHENGGUAN, DemoContent.idNumber("19850702", 1, 1), GlassReason.PETITION,
                    "县信访局转来群众来信，反映其在城关镇的居住和登记情况，需核实（演示）");
            yesterday(expired);
            glass.open(CHENGGUAN, DemoContent.idNumber("19880530", 6, 2), GlassReason.SUPERVISION,
                    "季度督导检查：抽查城关镇流入人员五步工作法落实情况（演示）");
        });
    }

    /**
     * Moves an access a day back, so that it has expired. Only the owner changes an access (no role of the
     * application may), and only the demo does so: the audit trails keep the time it was really opened.
     */
    private void yesterday(long access) {
        try (Connection connection = owner.connect();
             PreparedStatement move = connection.prepareStatement("""
                     update platform.glass_access
                     set opened_at = opened_at - interval '1 day', expires_at = expires_at - interval '1 day'
                     where id = ?""")) {
            move.setLong(1, access);
            move.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the demo access could not be moved back", e);
        }
    }
}
