package cn.gongguan.cooperation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.cooperation.Agreement;
import cn.gongguan.cooperation.AgreementState;
import cn.gongguan.cooperation.SignedFile;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Divisions;
import cn.gongguan.ui.HomeView;
import cn.gongguan.uikit.LocalePreference;
import cn.gongguan.uikit.Translations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The cooperation pages as their users see them: the township's administrator records an agreement (refusals at the
 * field in Chinese and English, nothing typed lost), sends a bulletin and records a meeting; its staff read only; the
 * county sees every township's, filtered, read only; every other role is refused by address.
 */
class CooperationUiTest extends UiTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Divisions divisions;
    @Autowired
    Today today;

    @Test
    void theTownshipAdministratorRecordsAnAgreementWithRefusalsAtTheField() {
        login("chengguan.admin", CooperationView.class);
        CooperationView list = _get(CooperationView.class);
        assertThat(list.township.isVisible()).as("a township filters by no unit").isFalse();
        _click(list.add);
        AgreementDialog dialog = _get(AgreementDialog.class);
        LocalDate day = today.date();
        dialog.parties.setValue(Set.of(divisions.find("330212").orElseThrow()));
        _setValue(dialog.title, "界面录入的协作协议");
        _setValue(dialog.startsOn, day);
        _setValue(dialog.endsOn, day.minusDays(1));
        _setValue(dialog.scope, "互通信息");
        _click(dialog.save);
        assertThat(dialog.endsOn.isInvalid()).isTrue();
        assertThat(dialog.endsOn.getErrorMessage()).isEqualTo("到期日期不能早于生效日期");
        assertThat(dialog.title.getValue()).as("nothing typed is lost").isEqualTo("界面录入的协作协议");

        _setValue(dialog.endsOn, day.plusYears(2));
        dialog.file.received(new SignedFile("agreement.docx", "PK not a pdf".getBytes(StandardCharsets.UTF_8)));
        _click(dialog.save);
        assertThat(dialog.file.isInvalid()).isTrue();
        assertThat(dialog.file.getErrorMessage()).isEqualTo("只能上传 PDF 或图片（PNG、JPEG）");
        dialog.file.received(new SignedFile("agreement.pdf", PDF));
        _click(dialog.save);

        AgreementView page = _get(AgreementView.class);
        assertThat(page.title.getText()).isEqualTo("界面录入的协作协议");
        assertThat(page.facts.getElement().getTextRecursively()).contains("浙江省宁波市鄞州区", "agreement.pdf", "有效");

        _click(page.send);
        BulletinDialog bulletin = _get(BulletinDialog.class);
        assertThat(bulletin.route.getText()).as("鄞州区 is outside this system").contains("全国平台");
        _setValue(bulletin.title, "界面发出的通报");
        _setValue(bulletin.text, "通报内容");
        _click(bulletin.save);
        assertThat(page.bulletins.getElement().getTextRecursively()).contains("界面发出的通报", "发出",
                "经全国平台文件发送");

        _click(page.addMeeting);
        JointMeetingDialog meeting = _get(JointMeetingDialog.class);
        _setValue(meeting.place, "城关镇政府会议室");
        _setValue(meeting.attendees, "双方代表");
        _setValue(meeting.decisions, "按季度通报");
        _click(meeting.save);
        assertThat(page.meetings.getElement().getTextRecursively()).contains("城关镇政府会议室", "按季度通报",
                "浙江省宁波市鄞州区");
    }

    @Test
    void thePeriodRefusalSpeaksEnglishToo() {
        login("fujia.admin", CooperationView.class);
        LocalePreference.switchTo(Translations.ENGLISH);
        _click(_get(CooperationView.class).add);
        AgreementDialog dialog = _get(AgreementDialog.class);
        dialog.parties.setValue(Set.of(divisions.find("650103").orElseThrow()));
        _setValue(dialog.title, "An agreement");
        _setValue(dialog.startsOn, today.date());
        _setValue(dialog.endsOn, today.date().minusDays(3));
        _setValue(dialog.scope, "Scope");
        _click(dialog.save);
        assertThat(dialog.endsOn.getErrorMessage()).isEqualTo("The period cannot end before it starts");
        dialog.file.received(new SignedFile("huge.pdf", new byte[SignedFile.MAX_BYTES + 1]));
        _setValue(dialog.endsOn, today.date());
        _click(dialog.save);
        assertThat(dialog.file.getErrorMessage()).as("checked for size first").isEqualTo("The file is larger than 5 MB");
    }

    @Test
    void theStaffReadOnly() {
        login("chengguan.staff", CooperationView.class);
        CooperationView list = _get(CooperationView.class);
        assertThat(list.add.isVisible()).isFalse();
        Agreement demo = items(list).stream().filter(a -> a.title().startsWith("城关镇—沙依巴克区")).findFirst()
                .orElseThrow();
        open(demo);
        AgreementView page = _get(AgreementView.class);
        assertThat(page.edit.isVisible()).isFalse();
        assertThat(page.send.isVisible()).isFalse();
        assertThat(page.addMeeting.isVisible()).isFalse();
        assertThat(page.facts.getElement().getTextRecursively()).contains("新疆维吾尔自治区乌鲁木齐市沙依巴克区");
    }

    @Test
    void theCountySeesEveryTownshipsAgreementsFilteredAndReadOnly() {
        login("county.admin", CooperationView.class);
        CooperationView list = _get(CooperationView.class);
        assertThat(items(list)).extracting(Agreement::title)
                .contains("徽县—鄞州区流动人口计划生育区域协作协议（演示）", "城关镇—沙依巴克区流动人口服务协作协议（演示）");
        list.township.setValue(list.township.getListDataView().getItems()
                .filter(t -> t.name().equals("城关镇")).findFirst().orElseThrow());
        assertThat(items(list)).extracting(a -> a.owner().value()).containsOnly("621227100");
        list.township.clear();
        list.partner.setValue(divisions.find("330212").orElseThrow());
        assertThat(items(list)).extracting(Agreement::title).contains("徽县—鄞州区流动人口计划生育区域协作协议（演示）")
                .doesNotContain("城关镇—沙依巴克区流动人口服务协作协议（演示）");
        list.state.setValue(AgreementState.EXPIRED);
        assertThat(items(list)).extracting(Agreement::title)
                .doesNotContain("徽县—鄞州区流动人口计划生育区域协作协议（演示）");
        assertThat(list.empty.isVisible() == items(list).isEmpty()).isTrue();

        list.partner.clear();
        list.state.clear();
        Agreement township = items(list).stream().filter(a -> a.owner().value().equals("621227100")).findFirst()
                .orElseThrow();
        open(township);
        AgreementView page = _get(AgreementView.class);
        assertThat(page.edit.isVisible()).as("a township's agreement, read only").isFalse();
        assertThat(page.send.isVisible()).isFalse();

        UI.getCurrent().navigate(CooperationView.class);
        open(items(_get(CooperationView.class)).stream().filter(a -> a.title().startsWith("徽县—鄞州区"))
                .findFirst().orElseThrow());
        page = _get(AgreementView.class);
        assertThat(page.edit.isVisible()).as("the county's own").isTrue();
        assertThat(page.bulletins.getElement().getTextRecursively()).contains("鄞州区第三季度徽县籍流动人口服务情况",
                "徽县关于春节前后流动人口服务的通报");
        assertThat(page.meetings.getElement().getTextRecursively()).contains("鄞州区卫生健康局会议室");
        assertThat(page.facts.getElement().getTextRecursively()).contains("huixian-yinzhou-agreement.pdf");
    }

    @Test
    void otherRolesAreRefusedByAddress() {
        for (String user : List.of("chengguan.officer", "beijie.clerk", "county.sysadmin", "county.police",
                "chengguan.auditor")) {
            login(user, HomeView.class);
            assertThatThrownBy(() -> UI.getCurrent().navigate(CooperationView.class)).as(user)
                    .hasMessageContaining("denied");
            assertThatThrownBy(() -> UI.getCurrent().navigate(AgreementView.class,
                    new RouteParameters(AgreementView.ID, "1"))).as(user).hasMessageContaining("denied");
            logout();
        }
    }

    @Test
    void anotherTownshipsAgreementLeadsBackToTheList() {
        login("county.admin", CooperationView.class);
        Agreement chengguan = items(_get(CooperationView.class)).stream()
                .filter(a -> a.owner().value().equals("621227100")).findFirst().orElseThrow();
        logout();
        login("fujia.admin", HomeView.class);
        open(chengguan);
        assertThat(_get(CooperationView.class)).isNotNull();
        _assertNone(AgreementView.class);
    }

    private static List<Agreement> items(CooperationView list) {
        return list.grid.getGenericDataView().getItems().toList();
    }

    private static void open(Agreement agreement) {
        UI.getCurrent().navigate(AgreementView.class,
                new RouteParameters(AgreementView.ID, String.valueOf(agreement.id())));
    }
}
