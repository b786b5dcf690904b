package cn.gongguan.governance;

import static cn.gongguan.governance.KeyLocationFixtures.XIANNONG;
import static cn.gongguan.governance.KeyLocationFixtures.market;
import static cn.gongguan.governance.KeyLocationFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.reference.Department;
import cn.gongguan.ui.HomeView;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The township keeps its key locations: checked at the field, retired not deleted, kept from every other tenant. */
class KeyLocationsTest extends UiTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final TenantCode FUJIA = TenantCode.of("621227101");

    @Autowired
    KeyLocations locations;

    @Nested
    class Keeping {

        @Test
        void anAddedLocationIsListedByKindAndFoundByIdForTheOperations() {
            login("chengguan.staff", HomeView.class);
            String name = unique("保持市场");
            KeyLocation market = locations.add(market("  " + name + " "));

            assertThat(market.getName()).as("stripped").isEqualTo(name);
            assertThat(market.getOrgUnit()).isEqualTo(XIANNONG);
            assertThat(market.getDepartment()).isEqualTo(Department.MARKET);
            assertThat(market.getContact()).isEqualTo("市场管理员 13909390001");
            assertThat(locations.active()).extracting(KeyLocation::getId).contains(market.getId());
            assertThat(locations.active(Set.of(LocationKind.FARMERS_MARKET))).extracting(KeyLocation::getId)
                    .contains(market.getId());
            assertThat(locations.active(EnumSet.of(LocationKind.CONSTRUCTION_SITE, LocationKind.URBAN_FRINGE)))
                    .extracting(KeyLocation::getId).doesNotContain(market.getId());
            assertThat(locations.list(LocationKind.FARMERS_MARKET, 0, 1000)).extracting(KeyLocation::getId)
                    .contains(market.getId());
            assertThat(locations.list(LocationKind.OTHER, 0, 1000)).extracting(KeyLocation::getId)
                    .doesNotContain(market.getId());
            assertThat(locations.find(market.getId())).get().extracting(KeyLocation::getName).isEqualTo(name);
        }

        @Test
        void aRetiredLocationLeavesTheListsKeepsItsIdAndFreesItsName() {
            login("chengguan.admin", HomeView.class);
            String name = unique("撤销工地");
            KeyLocation site = locations.add(market(name));
            locations.retire(site.getId(), site.getVersion());

            assertThat(locations.active()).extracting(KeyLocation::getId).doesNotContain(site.getId());
            assertThat(locations.find(site.getId())).get().extracting(KeyLocation::isActive).isEqualTo(false);
            assertThatThrownBy(() -> locations.update(site.getId(), site.getVersion() + 1, market(name)))
                    .isInstanceOf(StaleEditException.class);
            KeyLocation again = locations.add(market(name));
            assertThat(again.getId()).isNotEqualTo(site.getId());
        }

        @Test
        void anEditOfALocationSavedMeanwhileIsRefusedAsStale() {
            login("chengguan.staff", HomeView.class);
            KeyLocation opened = locations.add(market(unique("并发市场")));
            KeyLocationDetails changed = market(opened.getName() + "改");
            locations.update(opened.getId(), opened.getVersion(), changed);

            assertThatThrownBy(() -> locations.update(opened.getId(), opened.getVersion(), market(opened.getName())))
                    .isInstanceOf(StaleEditException.class)
                    .satisfies(e -> assertThat(((StaleEditException) e).savedBy()).isEqualTo("chengguan.staff"));
            assertThat(locations.find(opened.getId())).get().extracting(KeyLocation::getName)
                    .isEqualTo(changed.name());
        }
    }

    @Nested
    class Refusals {

        @Test
        void wrongInputIsRefusedAtItsField() {
            login("chengguan.staff", HomeView.class);
            String taken = locations.add(market(unique("重名市场"))).getName();
            KeyLocationDetails good = market(unique("好市场"));

            refusedAt("name", "keyLocation.name.taken", () -> locations.add(with(good, d -> new KeyLocationDetails(
                    d.kind(), taken.toLowerCase() + " ", d.address(), d.orgUnit(), d.department(), null, null, null))));
            refusedAt("name", "validation.required", () -> locations.add(new KeyLocationDetails(
                    LocationKind.OTHER, "  ", null, XIANNONG, null, null, null, null)));
            refusedAt("name", "validation.tooLong", () -> locations.add(new KeyLocationDetails(
                    LocationKind.OTHER, "名".repeat(101), null, XIANNONG, null, null, null, null)));
            refusedAt("kind", "validation.required", () -> locations.add(new KeyLocationDetails(
                    null, good.name(), null, XIANNONG, null, null, null, null)));
            refusedAt("orgUnit", "validation.required", () -> locations.add(new KeyLocationDetails(
                    LocationKind.OTHER, good.name(), null, null, null, null, null, null)));
            refusedAt("orgUnit", "person.orgUnit.unknown", () -> locations.add(new KeyLocationDetails(
                    LocationKind.OTHER, good.name(), null, "621227101200", null, null, null, null)));
            refusedAt("contactPhone", "person.phone.invalid", () -> locations.add(new KeyLocationDetails(
                    LocationKind.OTHER, good.name(), null, XIANNONG, null, null, "打不通", null)));
            refusedAt("address", "validation.tooLong", () -> locations.add(new KeyLocationDetails(
                    LocationKind.OTHER, good.name(), "址".repeat(201), XIANNONG, null, null, null, null)));
            assertThat(locations.active()).extracting(KeyLocation::getName).doesNotContain(good.name());
        }

        @Test
        void nobodyButTheTownshipsAdministratorAndStaffKeepsOrReadsThem() {
            for (String user : new String[] {"chengguan.officer", "beijie.clerk", "county.admin", "chengguan.auditor"}) {
                login(user, HomeView.class);
                assertThatThrownBy(() -> locations.add(market(unique("越权市场")))).as(user)
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> locations.list(null, 0, 10)).as(user).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> locations.active()).as(user).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> locations.active(Set.of(LocationKind.FARMERS_MARKET))).as(user)
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> locations.find(1)).as(user).isInstanceOf(AccessDeniedException.class);
                logout();
            }
        }

        private static KeyLocationDetails with(KeyLocationDetails details,
                                               java.util.function.UnaryOperator<KeyLocationDetails> change) {
            return change.apply(details);
        }

        private static void refusedAt(String field, String key, ThrowableAssert.ThrowingCallable save) {
            Consumer<Throwable> at = e -> {
                assertThat(((InvalidInputException) e).field()).isEqualTo(field);
                assertThat(((InvalidInputException) e).messageKey()).isEqualTo(key);
            };
            assertThatThrownBy(save).as(field + " " + key).isInstanceOf(InvalidInputException.class).satisfies(at);
        }
    }

    @Nested
    class Isolation {

        @Test
        void anotherTownshipNeitherSeesNorChangesThemThroughTheService() {
            login("chengguan.staff", HomeView.class);
            KeyLocation chengguan = locations.add(market(unique("城关专属市场")));
            logout();

            login("fujia.staff", HomeView.class);
            assertThat(locations.find(chengguan.getId()).map(KeyLocation::getName)).isNotEqualTo(
                    java.util.Optional.of(chengguan.getName()));
            assertThat(locations.active()).extracting(KeyLocation::getName).doesNotContain(chengguan.getName());
            assertThat(locations.list(null, 0, 1000)).extracting(KeyLocation::getName)
                    .doesNotContain(chengguan.getName());
            // fujia's own location of the same name is its own business
            KeyLocation fujia = locations.add(new KeyLocationDetails(LocationKind.OTHER, chengguan.getName(), null,
                    "621227101200", null, null, null, null));
            assertThat(fujia.getName()).isEqualTo(chengguan.getName());
            logout();

            login("chengguan.staff", HomeView.class);
            assertThat(locations.find(chengguan.getId())).get().extracting(KeyLocation::getKind)
                    .isEqualTo(LocationKind.FARMERS_MARKET);
        }

        @Test
        void handWrittenSqlAsAnotherTownshipsRoleIsRefusedByTheDatabase() {
            assertThat(sqlAsTenant(FUJIA, "select count(*) from key_location")).hasSize(1);
            assertThatThrownBy(() -> sqlAsTenant(FUJIA, "select count(*) from t_621227100.key_location"))
                    .hasStackTraceContaining("permission denied for schema t_621227100");
            assertThatThrownBy(() -> sqlAsTenant(FUJIA, "update t_621227100.key_location set active = false"))
                    .hasStackTraceContaining("permission denied for schema t_621227100");
            assertThatThrownBy(() -> sqlAsTenant(CHENGGUAN, "select count(*) from t_621227101.key_location"))
                    .hasStackTraceContaining("permission denied for schema t_621227101");
        }
    }
}
