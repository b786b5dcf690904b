package cn.gongguan.demo;

import cn.gongguan.certificate.CertificateVerification;
import cn.gongguan.certificate.Inquirer;
import cn.gongguan.platform.DatabaseOwner;
import cn.gongguan.reference.Department;
import cn.gongguan.security.AccountProvisioning;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.stereotype.Component;

/**
 * The police's permit counter (county.verify) checked two of 城关镇's inflow persons: 刘芳's certificate was checked on
 * arrival (valid), 李秀英 has none — so 城关镇 has the county's request to follow her certificate up in its inbox.
 */
@Component
class CertificateDemo {

    static final String VALID = DemoContent.idNumber("19880530", 6, 2);
    static final String NONE = DemoContent.idNumber("19920314", 2, 2);

    private final CertificateVerification verification;
    private final AccountProvisioning accounts;
    private final DatabaseOwner owner;

    CertificateDemo(CertificateVerification verification, AccountProvisioning accounts, DatabaseOwner owner) {
        this.verification = verification;
        this.accounts = accounts;
        this.owner = owner;
    }

    /** Once: nothing happens when the county has asked for any certificate to be followed up. */
    void seed() {
        if (followedUp()) {
            return;
        }
        accounts.runAs("county.verify", () -> {
            Inquirer police = new Inquirer(Department.POLICE, "county.verify", Inquirer.Channel.PAGE);
            verification.verify(VALID, police);
            verification.verify(NONE, police);
        });
    }

    /** Read as the owner: no county role reads these requests (they name the person; platform-099). */
    private boolean followedUp() {
        try (Connection connection = owner.connect();
             ResultSet found = connection.createStatement().executeQuery("""
                     select exists (select 1 from platform.exchange_message
                                    where sender_code = '621227' and topic = 'CERTIFICATE')""")) {
            found.next();
            return found.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the demo could not read the county's requests", e);
        }
    }
}
