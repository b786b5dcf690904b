package cn.gongguan.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.TenantDeclaration;
import cn.gongguan.platform.TenantDeclaration.GroupDeclaration;
import cn.gongguan.platform.TenantDeclaration.OrgUnitDeclaration;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.ui.HomeView;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The village groups a township administrator keeps, what provisioning does with them, and who cannot reach them. */
class VillageGroupsTest extends UiTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final TenantCode FUJIA = TenantCode.of("621227101");
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    VillageGroups groups;
    @Autowired
    OrgUnits orgUnits;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theAdministratorEntersAGroupUnderTheProposedNumberRenamesAndDeactivatesIt() {
        login("chengguan.admin", HomeView.class);
        String village = village(1);
        int number = groups.nextNumber(village);
        OrgUnit group = groups.add(village, number, "新组" + NAMES.incrementAndGet());
        assertThat(group.getCode()).isEqualTo(village + "%03d".formatted(number));
        assertThat(group.getParentCode()).isEqualTo(village);
        assertThat(group.getSource()).isEqualTo(OrgUnit.Source.ENTERED);
        assertThat(groups.nextNumber(village)).isEqualTo(number + 1);

        groups.rename(group.getCode(), "改名组" + NAMES.incrementAndGet());
        assertThat(orgUnits.find(group.getCode())).get().extracting(OrgUnit::getName).asString().startsWith("改名组");
        assertThat(orgUnits.names().get(group.getCode())).startsWith(orgUnits.find(village).orElseThrow().getName() + " 改名组");

        groups.deactivate(group.getCode());
        assertThat(orgUnits.groupsOf(village)).extracting(OrgUnit::getCode).doesNotContain(group.getCode());
        // the number of a deactivated group stays taken
        assertThat(groups.nextNumber(village)).isEqualTo(number + 1);
        assertThatThrownBy(() -> groups.add(village, number, "再用旧号"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("number");
                    assertThat(e.messageKey()).isEqualTo("orgunit.group.number.taken");
                });
    }

    @Test
    void aBadGroupIsRefusedAtItsField() {
        login("chengguan.admin", HomeView.class);
        String village = village(2);
        String name = "重名组" + NAMES.incrementAndGet();
        OrgUnit group = groups.add(village, groups.nextNumber(village), name);
        refused(() -> groups.add(village, groups.nextNumber(village), name), "name", "orgunit.group.name.taken");
        refused(() -> groups.add(village, groups.nextNumber(village), " "), "name", "validation.required");
        refused(() -> groups.add(village, groups.nextNumber(village), "长".repeat(101)), "name", "validation.tooLong");
        refused(() -> groups.add(village, 0, "零组"), "number", "orgunit.group.number.invalid");
        refused(() -> groups.add(village, 1000, "千组"), "number", "orgunit.group.number.invalid");
        refused(() -> groups.add(group.getCode(), 1, "组下之组"), "village", "orgunit.group.village.unknown");
    }

    @Test
    void provisioningKeepsTheGroupsTheAdministratorEnteredAndDeactivatesOnlyDeclaredOnesNoLongerInTheFile() {
        login("chengguan.admin", HomeView.class);
        String village = village(3);
        OrgUnit entered = groups.add(village, groups.nextNumber(village), "录入组" + NAMES.incrementAndGet());
        String declaredCode = village + "%03d".formatted(groups.nextNumber(village));
        List<OrgUnitDeclaration> units = new ArrayList<>();
        for (OrgUnit unit : orgUnits.villages()) {
            units.add(unit.getCode().equals(village)
                    ? new OrgUnitDeclaration(unit.getCode(), unit.getName(), List.of(new GroupDeclaration(declaredCode, "文件组")))
                    : new OrgUnitDeclaration(unit.getCode(), unit.getName()));
        }
        orgUnits.initialize(new TenantDeclaration(CHENGGUAN, "城关镇", TenantCode.of("621227"), units, "test"));
        assertThat(orgUnits.groupsOf(village)).extracting(OrgUnit::getCode).contains(entered.getCode(), declaredCode);
        assertThat(orgUnits.find(declaredCode)).get().extracting(OrgUnit::getSource).isEqualTo(OrgUnit.Source.DECLARED);
        // the file's group is the file's: the administrator cannot change it
        refused(() -> groups.rename(declaredCode, "改文件组"), "name", "orgunit.group.declared");
        refused(() -> groups.deactivate(declaredCode), "name", "orgunit.group.declared");

        List<OrgUnitDeclaration> withoutGroups = units.stream()
                .map(unit -> new OrgUnitDeclaration(unit.code(), unit.name())).toList();
        orgUnits.initialize(new TenantDeclaration(CHENGGUAN, "城关镇", TenantCode.of("621227"), withoutGroups, "test"));
        assertThat(orgUnits.groupsOf(village)).extracting(OrgUnit::getCode)
                .contains(entered.getCode()).doesNotContain(declaredCode);
        assertThat(orgUnits.villages()).extracting(OrgUnit::getCode)
                .containsExactlyElementsOf(withoutGroups.stream().map(OrgUnitDeclaration::code).toList());
    }

    @Test
    void onlyTheTownshipAdministratorKeepsGroups() {
        for (String user : List.of("chengguan.staff", "chengguan.officer", "chengguan.group", "chengguan.sysadmin")) {
            login(user, HomeView.class);
            assertThatThrownBy(() -> groups.add(village(1), 900, "越权组")).as(user)
                    .isInstanceOf(AccessDeniedException.class);
            logout();
        }
    }

    @Test
    void anotherTownshipsAdministratorCanNeitherSeeNorChangeTheGroups() {
        login("chengguan.admin", HomeView.class);
        String village = village(4);
        OrgUnit group = groups.add(village, groups.nextNumber(village), "本镇组" + NAMES.incrementAndGet());
        logout();

        login("fujia.admin", HomeView.class);
        assertThat(groups.groupsOf(village)).isEmpty();
        assertThat(groups.villages()).allSatisfy(v -> assertThat(v.getCode()).startsWith(FUJIA.value()));
        refused(() -> groups.add(village, 950, "伸手组"), "village", "orgunit.group.village.unknown");
        refused(() -> groups.rename(group.getCode(), "伸手改名"), "name", "orgunit.group.unknown");
        refused(() -> groups.deactivate(group.getCode()), "name", "orgunit.group.unknown");
        logout();

        assertThatThrownBy(() -> sqlAs(FUJIA, "select count(*) from t_621227100.org_unit where parent_code is not null"))
                .hasStackTraceContaining("permission denied for schema t_621227100");
        assertThatThrownBy(() -> sqlAs(FUJIA, "update t_621227100.org_unit set name = 'x' where code = '"
                + group.getCode() + "' returning 1"))
                .hasStackTraceContaining("permission denied for schema t_621227100");
        assertThat(TenantContext.callAs(CHENGGUAN, () -> orgUnits.find(group.getCode()))).get()
                .extracting(OrgUnit::getName).asString().startsWith("本镇组");
    }

    /** A village of 城关镇 other tests here leave alone (the demo's groups are under the first). */
    private String village(int index) {
        return orgUnits.villages().stream().filter(u -> u.getKind() == OrgUnit.Kind.VILLAGE).skip(index)
                .findFirst().orElseThrow().getCode();
    }

    private static void refused(Runnable attempt, String field, String key) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    private Object sqlAs(TenantCode tenant, String sql) {
        return TenantContext.callAs(tenant, () -> new TransactionTemplate(transactionManager)
                .execute(status -> entityManager.createNativeQuery(sql).getSingleResult()));
    }
}
