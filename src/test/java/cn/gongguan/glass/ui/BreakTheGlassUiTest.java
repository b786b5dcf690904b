package cn.gongguan.glass.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.Archive;
import cn.gongguan.fivestep.Archives;
import cn.gongguan.fivestep.FollowUp;
import cn.gongguan.fivestep.FollowUpKind;
import cn.gongguan.fivestep.FollowUpOutcome;
import cn.gongguan.fivestep.FollowUps;
import cn.gongguan.fivestep.ui.PersonView;
import cn.gongguan.glass.BreakTheGlass;
import cn.gongguan.glass.GlassAccess;
import cn.gongguan.glass.GlassExpiredException;
import cn.gongguan.glass.GlassReason;
import cn.gongguan.glass.GlassRecord;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.security.ReadReason;
import cn.gongguan.security.TestLogins;
import cn.gongguan.security.audit.AuditChains;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Break-the-glass as its users meet it: the county governance member opens a township's record with a reason and
 * reads it under the banner, read only and without anything sealed, until it expires; both audit trails record it;
 * the township's administrator is told on the home page; no other role gets in.
 */
class BreakTheGlassUiTest extends UiTest {

    private static final TenantCode COUNTY = TenantCode.of("621227");
    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final String SEALED_NOTE = "已放置宫内节育器（破窗测试的封存备注）";
    private static final String SEALED_ARCHIVE = "破窗测试的生殖健康档案";

    @Autowired
    PersonRegistry registry;
    @Autowired
    FollowUps followUps;
    @Autowired
    Archives archives;
    @Autowired
    BreakTheGlass glass;
    @Autowired
    AuditChains chains;
    @Autowired
    TestLogins logins;

    /** A woman of 城关镇 with a completed follow-up (its note sealed) and a sealed reproductive-health archive. */
    private Person township(String name) {
        login("chengguan.staff", HomeView.class);
        Person person = registry.register(PersonFixtures.details(name,
                PersonFixtures.newIdNumber(LocalDate.of(1990, 6, 1), Sex.FEMALE)));
        LocalDate today = LocalDate.now(CountyTime.ZONE);
        FollowUp followUp = followUps.schedule(person.getId(), FollowUpKind.KEY_GROUP, today, "季度随访");
        followUps.complete(followUp.getId(), followUp.getVersion(), today, FollowUpOutcome.CONTRACEPTION_IN_PLACE,
                SEALED_NOTE);
        archives.save(person.getId(), Archive.REPRODUCTIVE_HEALTH, -1,
                Map.of("contraception", "IUD", "pregnant", "NO", "notes", SEALED_ARCHIVE));
        logout();
        return person;
    }

    @Test
    void aGovernanceMemberOpensARecordWithAReasonAndReadsItUnderTheBanner() {
        Person person = township("破窗甲");
        login("county.governance", GlassView.class);
        _click(_get(GlassView.class).open);
        GlassDialog dialog = _get(GlassDialog.class);
        _setValue(dialog.unit, dialog.unit.getListDataView().getItems()
                .filter(t -> t.code().equals(CHENGGUAN)).findFirst().orElseThrow());
        _setValue(dialog.idNumber, person.getIdNumber().value());
        _setValue(dialog.reason, GlassReason.PETITION);
        _setValue(dialog.reasonText, "县信访局转来来信，核实其居住情况");
        _click(dialog.save);

        GlassRecordView view = _get(GlassRecordView.class);
        String banner = _get(Div.class, spec -> spec.withId("glass-banner")).getText();
        assertThat(banner).contains("信访核查", "县信访局转来来信，核实其居住情况", "有效至", "城关镇", "只读");
        assertThat(_get(H2.class, spec -> spec.withText("破窗甲"))).isNotNull();
        assertThat(_get(Div.class, spec -> spec.withId("glass-person")).getElement().getTextRecursively())
                .contains(person.getIdNumber().value(), "已婚");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("glass-follow-ups"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(view.getElement().getTextRecursively()).as("nothing sealed on the page")
                .doesNotContain(SEALED_NOTE, SEALED_ARCHIVE, "IUD");

        GlassAccess access = glass.activeOfMine().getFirst();
        assertThat(access.personId()).isEqualTo(person.getId());
        GlassRecord record = glass.read(access.id());
        assertThat(record.followUps()).singleElement()
                .satisfies(f -> assertThat(f.doneOn()).isNotNull());
        assertThat(record.toString()).as("no outcome naming a contraceptive measure, nothing sealed")
                .doesNotContain(SEALED_NOTE, SEALED_ARCHIVE, FollowUpOutcome.CONTRACEPTION_IN_PLACE.name());
        assertThat(view.getElement().getTextRecursively())
                .doesNotContain(view.getTranslation(FollowUpOutcome.CONTRACEPTION_IN_PLACE.labelKey()));

        assertThat(events(COUNTY, "glass:" + access.id())).containsExactly("GLASS_OPENED", "GLASS_READ", "GLASS_READ");
        assertThat(events(CHENGGUAN, "person:" + person.getId()))
                .containsSubsequence("GLASS_OPENED", "GLASS_READ", "GLASS_READ");
        assertThat(chains.verify(COUNTY.value()).intact()).isTrue();
        assertThat(chains.verify(CHENGGUAN.value()).intact()).isTrue();
    }

    @Test
    void theSealedArchiveStaysClosedToTheCounty() {
        Person person = township("破窗乙");
        login("county.governance", GlassView.class);
        glass.open(CHENGGUAN, person.getIdNumber().value(), GlassReason.SUPERVISION, "督导检查");
        assertThatThrownBy(() -> archives.read(person.getId(), Archive.REPRODUCTIVE_HEALTH, ReadReason.SERVICE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(PersonView.class,
                new RouteParameters("id", String.valueOf(person.getId())))).hasMessageContaining("denied");
    }

    @Test
    void anExpiredAccessOpensNothingAndANewOneNeedsANewReason() {
        Person person = township("破窗丙");
        login("county.governance", GlassView.class);
        long id = glass.open(CHENGGUAN, person.getIdNumber().value(), GlassReason.CASE_ASSISTANCE, "公安协查");
        UI.getCurrent().navigate(GlassRecordView.class, new RouteParameters("id", String.valueOf(id)));
        assertThat(_get(H2.class, spec -> spec.withText("破窗丙"))).isNotNull();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(GlassRecordView.EXPIRY_CHECK_MILLIS);
        asOwner().sql("update platform.glass_access set opened_at = opened_at - interval '4 hours',"
                + " expires_at = expires_at - interval '4 hours' where id = ?").param(id).update();

        // the page left open past the expiry closes the record at its next check
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), false));
        assertThat(_get(Paragraph.class, spec -> spec.withId("glass-expired")).getText()).contains("已", "到期");
        _assertNone(H2.class, spec -> spec.withText("破窗丙"));
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

        UI.getCurrent().navigate(GlassRecordView.class, new RouteParameters("id", String.valueOf(id)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("glass-expired")).getText()).contains("已", "到期");
        _assertNone(Div.class, spec -> spec.withId("glass-banner"));
        _assertNone(H2.class, spec -> spec.withText("破窗丙"));
        assertThatThrownBy(() -> glass.read(id)).isInstanceOf(GlassExpiredException.class);
        assertThat(glass.activeOfMine()).extracting(GlassAccess::id).doesNotContain(id);

        long again = glass.open(CHENGGUAN, person.getIdNumber().value(), GlassReason.CASE_ASSISTANCE, "公安再次协查");
        assertThat(glass.read(again).person().name()).isEqualTo("破窗丙");
    }

    @Test
    void wrongInputIsRefusedAtItsField() {
        Person person = township("破窗丁");
        login("county.governance", GlassView.class);
        String idNumber = person.getIdNumber().value();
        assertRefused(BreakTheGlass.UNIT, "validation.required",
                () -> glass.open(null, idNumber, GlassReason.OTHER, "其他"));
        assertRefused(BreakTheGlass.UNIT, "glass.unit.outside",
                () -> glass.open(COUNTY, idNumber, GlassReason.OTHER, "其他"));
        assertRefused("idNumber", "idNumber.checkDigit",
                () -> glass.open(CHENGGUAN, idNumber.substring(0, 17) + (idNumber.endsWith("0") ? "1" : "0"),
                        GlassReason.OTHER, "其他"));
        assertRefused("idNumber", "glass.person.notFound",
                () -> glass.open(TenantCode.of("621227101"), idNumber, GlassReason.OTHER, "其他"));
        assertThat(events(COUNTY, "unit:621227101")).as("a search for someone the unit does not hold is kept")
                .contains("GLASS_REFUSED");
        assertRefused(BreakTheGlass.REASON, "validation.required", () -> glass.open(CHENGGUAN, idNumber, null, "x"));
        assertRefused("reasonText", "validation.required",
                () -> glass.open(CHENGGUAN, idNumber, GlassReason.OTHER, "  "));
        assertRefused("reasonText", "validation.tooLong",
                () -> glass.open(CHENGGUAN, idNumber, GlassReason.OTHER, "长".repeat(501)));

        _click(_get(GlassView.class).open);
        GlassDialog dialog = _get(GlassDialog.class);
        _setValue(dialog.idNumber, idNumber);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(((ComboBox<?>) dialog.unit).isInvalid()).isTrue();
        assertThat(dialog.idNumber.getValue()).as("nothing typed is lost").isEqualTo(idNumber);
    }

    @Test
    void theTownshipAdministratorIsToldOnTheHomePageAndTheCountysLogListsTheAccess() {
        Person person = township("破窗戊");
        login("county.governance", GlassView.class);
        long id = glass.open(CHENGGUAN, person.getIdNumber().value(), GlassReason.EMERGENCY, "应急处置：走失老人寻亲");

        login("county.governance", GlassLogView.class);
        @SuppressWarnings("unchecked")
        Grid<GlassAccess> log = _get(GlassLogView.class).log;
        List<GlassAccess> rows = IntStream.range(0, GridKt._size(log)).mapToObj(i -> GridKt._get(log, i)).toList();
        assertThat(rows).anySatisfy(a -> {
            assertThat(a.id()).isEqualTo(id);
            assertThat(a.active()).isTrue();
        });
        assertThat(rows).as("the demo's access of yesterday").anySatisfy(a -> {
            assertThat(a.reason()).isEqualTo(GlassReason.PETITION);
            assertThat(a.active()).isFalse();
        });
        logout();

        login("chengguan.admin", HomeView.class);
        assertThat(_get(Div.class, spec -> spec.withId("glass-home")).getElement().getTextRecursively())
                .contains("county.governance", "应急处置：走失老人寻亲", "破窗戊", "有效");
        assertThat(glass.toThisUnit(100)).extracting(n -> n.access().id()).contains(id);
        logout();
        login("fujia.admin", HomeView.class);
        assertThat(glass.toThisUnit(100)).as("another township's accesses").isEmpty();
        _assertNone(Div.class, spec -> spec.withId("glass-home"));
        logout();
        login("chengguan.staff", HomeView.class);
        _assertNone(Div.class, spec -> spec.withId("glass-home"));
    }

    @Test
    void onlyTheGovernanceGroupOpensAndOnlyItsOwnAccesses() {
        Person person = township("破窗己");
        login("county.governance", GlassView.class);
        long id = glass.open(CHENGGUAN, person.getIdNumber().value(), GlassReason.SUPERVISION, "督导");
        assertThat(menu().stream().filter(item -> item.getLabel().equals("紧急查阅")).findFirst().orElseThrow()
                .getItems()).extracting(SideNavItem::getLabel).containsExactly("紧急查阅记录");
        login(logins.colleague("county.governance"), GlassView.class);
        assertThat(glass.find(id)).as("a colleague's access").isEmpty();
        assertThatThrownBy(() -> glass.read(id)).isInstanceOf(AccessDeniedException.class);
        logout();

        login("county.admin", HomeView.class);
        assertThat(menu()).extracting(SideNavItem::getLabel).doesNotContain("紧急查阅");
        assertThatThrownBy(() -> glass.open(CHENGGUAN, person.getIdNumber().value(), GlassReason.OTHER, "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> glass.log(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(GlassView.class)).hasMessageContaining("denied");
        assertThatThrownBy(() -> UI.getCurrent().navigate(GlassLogView.class)).hasMessageContaining("denied");
        assertThatThrownBy(() -> UI.getCurrent().navigate(GlassRecordView.class,
                new RouteParameters("id", String.valueOf(id)))).hasMessageContaining("denied");
        logout();
        login("chengguan.admin", HomeView.class);
        assertThatThrownBy(() -> glass.read(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(GlassLogView.class)).hasMessageContaining("denied");
    }

    private static List<SideNavItem> menu() {
        return _get(SideNav.class, spec -> spec.withId("main-nav")).getItems();
    }

    private List<String> events(TenantCode tenant, String subject) {
        return asOwner().sql("select action from platform.audit_event where tenant_code = ? and subject = ?"
                        + " and action like 'GLASS%' order by chain_position")
                .params(tenant.value(), subject).query(String.class).list();
    }

    private static void assertRefused(String field, String key, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
