package cn.gongguan.certificate.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.reference.Department;
import cn.gongguan.ui.HomeView;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The county's system administrator keeps the departments' API tokens through the service: created, rotated, revoked,
 * each act audited; bad input refused at its field; nobody else may; and the secret is kept nowhere, only its hash.
 */
class ApiTokensTest extends UiTest {

    static final TenantCode COUNTY = TenantCode.of("621227");

    @Autowired
    ApiTokens tokens;
    @Autowired
    ApiCallers callers;

    @Test
    void aTokenIsCreatedRotatedAndRevokedEachActAudited() {
        login("county.sysadmin", HomeView.class);
        IssuedToken issued = tokens.create(new NewToken(unique("县公安局户籍系统"), Department.POLICE, 120));
        assertThat(issued.secret()).startsWith("ggc_").hasSize(4 + 54).matches("ggc_[A-Za-z0-9_-]{54}");
        ApiToken token = issued.token();
        assertThat(token.hint()).isEqualTo(issued.secret().substring(0, 10));
        assertThat(token.county()).isEqualTo(COUNTY);
        assertThat(token.createdBy()).isEqualTo("county.sysadmin");
        assertThat(token.perMinute()).isEqualTo(120);
        assertThat(tokens.list()).first().isEqualTo(token);
        assertThat(callers.find(issued.secret())).hasValueSatisfying(caller -> {
            assertThat(caller.tokenId()).isEqualTo(token.id());
            assertThat(caller.department()).isEqualTo(Department.POLICE);
            assertThat(caller.name()).isEqualTo(token.name());
        });

        IssuedToken rotated = tokens.rotate(token.id(), token.version());
        assertThat(rotated.secret()).isNotEqualTo(issued.secret());
        assertThat(rotated.token().rotatedBy()).isEqualTo("county.sysadmin");
        assertThat(callers.find(issued.secret())).as("the old secret").isEmpty();
        assertThat(callers.find(rotated.secret())).isPresent();
        assertThatThrownBy(() -> tokens.rotate(token.id(), token.version())).as("rotated meanwhile")
                .isInstanceOf(StaleEditException.class);

        ApiToken revoked = tokens.revoke(token.id(), rotated.token().version());
        assertThat(revoked.isActive()).isFalse();
        assertThat(callers.find(rotated.secret())).as("revoked").isEmpty();
        assertThatThrownBy(() -> tokens.rotate(token.id(), revoked.version())).as("revoked for good")
                .isInstanceOf(StaleEditException.class);
        assertThat(tokens.list()).last().as("revoked ones last").isNotNull();
        assertThat(events(token.id())).containsExactly("API_TOKEN_CREATED", "API_TOKEN_ROTATED", "API_TOKEN_REVOKED");
        assertThat(asOwner().sql("select actor from platform.audit_event where subject = ?")
                .param("api_token:" + token.id()).query(String.class).list()).containsOnly("county.sysadmin");
    }

    @Test
    void theSecretIsKeptNowhereOnlyItsHash() {
        login("county.sysadmin", HomeView.class);
        IssuedToken issued = tokens.create(new NewToken(unique("县市场监管局登记系统"), Department.MARKET, null));
        IssuedToken rotated = tokens.rotate(issued.token().id(), issued.token().version());
        assertThat(asOwner().sql("select secret_hash = sha256(convert_to(?, 'UTF8')) from platform.api_token"
                        + " where id = ?").params(rotated.secret(), issued.token().id())
                .query(Boolean.class).single()).isTrue();
        for (String secret : List.of(issued.secret(), rotated.secret())) {
            assertThat(tablesHolding(secret.substring(10))).as("any table of the platform or the county").isEmpty();
        }
    }

    @Test
    void badInputIsRefusedAtItsField() {
        login("county.sysadmin", HomeView.class);
        String name = unique("县卫健委系统");
        refused(() -> tokens.create(new NewToken(" ", Department.HEALTH, null)), "name", "validation.required");
        refused(() -> tokens.create(new NewToken("长".repeat(61), Department.HEALTH, null)), "name",
                "validation.tooLong");
        refused(() -> tokens.create(new NewToken(name, null, null)), ApiTokens.DEPARTMENT, "validation.required");
        refused(() -> tokens.create(new NewToken(name, Department.FAMILY_PLANNING, null)), ApiTokens.DEPARTMENT,
                "api.token.department.own");
        refused(() -> tokens.create(new NewToken(name, Department.HEALTH, 0)), ApiTokens.PER_MINUTE,
                "api.token.perMinute.range");
        refused(() -> tokens.create(new NewToken(name, Department.HEALTH, 1_000_001)), ApiTokens.PER_MINUTE,
                "api.token.perMinute.range");
        IssuedToken issued = tokens.create(new NewToken(name, Department.HEALTH, null));
        refused(() -> tokens.create(new NewToken(name, Department.LABOUR, null)), "name", "api.token.name.taken");
        tokens.revoke(issued.token().id(), issued.token().version());
        assertThat(tokens.create(new NewToken(name, Department.HEALTH, null)).token().name())
                .as("the name of a revoked token is free again").isEqualTo(name);
    }

    @Test
    void onlyTheCountysSystemAdministratorKeepsTokens() {
        for (String username : List.of("county.admin", "county.secadmin", "county.auditor", "county.police",
                "chengguan.sysadmin", "chengguan.admin")) {
            login(username, HomeView.class);
            assertThatThrownBy(() -> tokens.list()).as(username).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tokens.create(new NewToken(unique("越权"), Department.POLICE, null)))
                    .as(username).isInstanceOf(AccessDeniedException.class);
            logout();
        }
    }

    @Test
    void theDemoCountyHasAPoliceTokenWhoseSecretIsPrintedNowhere() {
        login("county.sysadmin", HomeView.class);
        assertThat(tokens.list()).anySatisfy(token -> {
            assertThat(token.name()).isEqualTo("县公安局户籍系统");
            assertThat(token.department()).isEqualTo(Department.POLICE);
            assertThat(token.createdBy()).isEqualTo("county.sysadmin");
        });
    }

    static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private List<String> events(long id) {
        return asOwner().sql("select action from platform.audit_event where subject = ? order by id")
                .param("api_token:" + id).query(String.class).list();
    }

    /** The tables of the platform and the county whose rows, as text, hold the value anywhere. */
    private List<String> tablesHolding(String value) {
        List<String> tables = asOwner().sql("""
                select format('%I.%I', table_schema, table_name) from information_schema.tables
                where table_schema in ('platform', 't_621227') and table_type = 'BASE TABLE'""")
                .query(String.class).list();
        return tables.stream().filter(table -> asOwner()
                .sql("select exists (select 1 from " + table + " t where strpos(t::text, ?) > 0)")
                .param(value).query(Boolean.class).single()).toList();
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
