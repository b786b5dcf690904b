package cn.gongguan.demo;

import cn.gongguan.certificate.api.ApiTokens;
import cn.gongguan.certificate.api.NewToken;
import cn.gongguan.reference.Department;
import cn.gongguan.security.AccountProvisioning;
import org.springframework.stereotype.Component;

/**
 * An API token of the county police's household register (县公安局户籍系统), so that the county's system administrator
 * finds one on **接口令牌**. Its secret is printed nowhere — a secret in a README would be everyone's; to try the API,
 * the administrator rotates it or creates another, and copies the secret shown once.
 */
@Component
class CertificateApiDemo {

    private final ApiTokens tokens;
    private final AccountProvisioning accounts;

    CertificateApiDemo(ApiTokens tokens, AccountProvisioning accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    /** Once: nothing happens when the county has any token. */
    void seed() {
        accounts.runAs("county.sysadmin", () -> {
            if (tokens.list().isEmpty()) {
                tokens.create(new NewToken("县公安局户籍系统", Department.POLICE, null));
            }
        });
    }
}
