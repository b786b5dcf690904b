package cn.gongguan.governance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.governance.GovernanceMember;
import cn.gongguan.governance.GovernanceMemberDetails;
import cn.gongguan.governance.GovernanceMembers;
import cn.gongguan.governance.GovernancePlans;
import cn.gongguan.governance.SupervisionAnswer;
import cn.gongguan.governance.SupervisionDetails;
import cn.gongguan.governance.SupervisionVisit;
import cn.gongguan.governance.SupervisionVisits;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Department;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The township's governance page as its administrator and staff meet it: members, the plan's versions, meetings and
 * the answer to a supervision visit, with bad input refused at the field in Chinese; only the township gets in.
 */
class GovernanceUiTest extends UiTest {

    @Autowired
    Today today;
    @Autowired
    SupervisionVisits visits;
    @Autowired
    GovernancePlans plans;
    @Autowired
    GovernanceMembers members;

    @Test
    void theAdministratorAddsAMemberAndMarksTheirLeave() {
        login("chengguan.admin", GovernanceView.class);
        GovernanceMembersSection section = _get(GovernanceView.class).members;
        _click(section.add);
        GovernanceMemberDialog dialog = _get(GovernanceMemberDialog.class);
        _setValue(dialog.name, "界面成员");
        _setValue(dialog.department, Department.MARKET);
        _setValue(dialog.duty, "市场监管所干事");
        _setValue(dialog.phone, "不是电话");
        _click(dialog.save);
        assertThat(dialog.phone.getErrorMessage()).isEqualTo("电话号码格式不正确");
        assertThat(dialog.name.getValue()).as("nothing typed is lost").isEqualTo("界面成员");
        _setValue(dialog.phone, "13909398888");
        _click(dialog.save);
        GovernanceMember member = section.grid.getListDataView().getItems()
                .filter(m -> m.getName().equals("界面成员")).findFirst().orElseThrow();
        assertThat(text(section.grid)).contains("界面成员", "市场监督管理", "在职");

        _click(_get(GridKt._getCellComponent(section.grid, row(section.grid, member), GovernanceMembersSection.ACTIONS),
                Button.class, spec -> spec.withId("governance-member-leave-" + member.getId())));
        GovernanceLeaveDialog leave = _get(GovernanceLeaveDialog.class);
        _setValue(leave.leftOn, today.date().plusDays(2));
        _click(leave.save);
        assertThat(leave.leftOn.getErrorMessage()).isEqualTo("日期不能晚于今天");
        _setValue(leave.leftOn, today.date());
        _click(leave.save);
        assertThat(text(section.grid)).contains("界面成员", today.date() + " 退出");
        _assertNone(GridKt._getCellComponent(section.grid, row(section.grid, member), GovernanceMembersSection.ACTIONS),
                Button.class, spec -> spec.withId("governance-member-leave-" + member.getId()));
    }

    @Test
    void aLeaveMeetingAnEditMeanwhileReloadsTheMemberKeepingTheDay() {
        login("fujia.admin", HomeView.class);
        GovernanceMember member = members.save(null, -1,
                new GovernanceMemberDetails("离组成员", Department.LABOUR, "劳动保障所干事", null));
        login("fujia.admin", GovernanceView.class);
        GovernanceMembersSection section = _get(GovernanceView.class).members;
        _click(_get(GridKt._getCellComponent(section.grid, row(section.grid, member), GovernanceMembersSection.ACTIONS),
                Button.class, spec -> spec.withId("governance-member-leave-" + member.getId())));
        GovernanceLeaveDialog leave = _get(GovernanceLeaveDialog.class);
        LocalDate day = today.date().minusDays(1);
        _setValue(leave.leftOn, day);
        members.save(member.getId(), member.getVersion(),
                new GovernanceMemberDetails("离组成员", Department.LABOUR, "劳动保障所所长", null));
        _click(leave.save);
        assertThat(leave.isOpened()).as("refused as stale").isTrue();
        _click(_get(leave, Button.class, spec -> spec.withId("form-notice-action")));
        assertThat(leave.leftOn.getValue()).as("nothing typed is lost").isEqualTo(day);
        _click(leave.save);
        assertThat(leave.isOpened()).isFalse();
        assertThat(text(section.grid)).contains("离组成员", day + " 退出");
    }

    @Test
    void thePlanIsWrittenRevisedAndItsFormerTextKept() {
        login("chengguan.admin", GovernanceView.class);
        PlanSection plan = _get(GovernanceView.class).plan;
        int year = today.date().getYear() - 1;
        _setValue(plan.year, year);
        assertThat(plan.state.getText()).isEqualTo(year + " 年尚未编写实施方案");
        _click(plan.write);
        PlanDialog dialog = _get(PlanDialog.class);
        _click(dialog.save);
        assertThat(dialog.text.getErrorMessage()).isEqualTo("此项为必填项");
        _setValue(dialog.text, "去年的方案");
        _setValue(dialog.year, 1990);
        _click(dialog.save);
        assertThat(dialog.year.getErrorMessage()).startsWith("年度须在");
        _setValue(dialog.year, year);
        _click(dialog.save);
        assertThat(plan.state.getText()).startsWith("第 1 版，chengguan.admin 于");
        assertThat(plan.text.getText()).isEqualTo("去年的方案");

        _click(plan.write);
        PlanDialog revision = _get(PlanDialog.class);
        assertThat(revision.year.isReadOnly()).isTrue();
        _setValue(revision.text, "去年的方案（修订）");
        _click(revision.save);
        assertThat(plan.state.getText()).startsWith("第 2 版");
        assertThat(plan.history.isVisible()).isTrue();
        assertThat(plan.history.getElement().getTextRecursively()).contains("去年的方案 → 去年的方案（修订）");
    }

    @Test
    void aNewPlanMeetingOneWrittenMeanwhileReloadsItKeepingTheText() {
        login("fujia.admin", GovernanceView.class);
        PlanSection plan = _get(GovernanceView.class).plan;
        int year = today.date().getYear() - 2;
        _setValue(plan.year, year);
        _click(plan.write);
        PlanDialog dialog = _get(PlanDialog.class);
        _setValue(dialog.text, "本窗口的方案");
        plans.save(year, -1, "另一窗口先写的方案");
        _click(dialog.save);
        _click(_get(dialog, Button.class, spec -> spec.withId("form-notice-action")));
        assertThat(dialog.year.isReadOnly()).as("the stored plan's year").isTrue();
        assertThat(dialog.text.getValue()).as("nothing typed is lost").isEqualTo("本窗口的方案");
        _click(dialog.save);
        assertThat(plan.state.getText()).startsWith("第 2 版");
        assertThat(plan.text.getText()).isEqualTo("本窗口的方案");
    }

    @Test
    void aMeetingInTheFutureIsRefusedAtTheDay() {
        login("chengguan.admin", GovernanceView.class);
        MeetingSection meetings = _get(GovernanceView.class).meetings;
        _click(meetings.add);
        MeetingDialog dialog = _get(MeetingDialog.class);
        _setValue(dialog.heldOn, today.date().plusDays(1));
        _setValue(dialog.attendees, "全体成员");
        _setValue(dialog.decisions, "界面测试的决定");
        _click(dialog.save);
        assertThat(dialog.heldOn.getErrorMessage()).isEqualTo("日期不能晚于今天");
        assertThat(dialog.decisions.getValue()).isEqualTo("界面测试的决定");
        _setValue(dialog.heldOn, today.date());
        _click(dialog.save);
        assertThat(text(meetings.grid)).contains("界面测试的决定");
    }

    @Test
    void theTownshipAnswersTheCountysRectification() {
        login("county.admin", HomeView.class);
        LocalDate day = today.date().minusDays(5);
        SupervisionVisit visit = visits.record(TenantCode.of("621227101"),
                new SupervisionDetails(day, "界面检查", "界面整改", day.plusDays(20)));
        logout();
        login("fujia.admin", HomeView.class);
        assertThat(_get(Div.class, spec -> spec.withId("governance-home")).getElement().getTextRecursively())
                .as("the home page reminds the township").contains("整改待答复");
        UI.getCurrent().navigate(GovernanceView.class);
        Grid<SupervisionVisit> received = _get(GovernanceView.class).supervision.grid;
        int row = received.getListDataView().getItems().map(SupervisionVisit::id).toList().indexOf(visit.id());
        _click((Button) GridKt._getCellComponent(received, row, SupervisionSection.ANSWER));
        SupervisionAnswerDialog dialog = _get(SupervisionAnswerDialog.class);
        _setValue(dialog.rectified, "界面已整改");
        _setValue(dialog.rectifiedOn, day.minusDays(1));
        _click(dialog.save);
        assertThat(dialog.rectifiedOn.getErrorMessage()).isEqualTo("整改完成日期不能早于检查日期");
        _setValue(dialog.rectifiedOn, today.date());
        _click(dialog.save);
        Grid<SupervisionVisit> answered = _get(GovernanceView.class).supervision.grid;
        assertThat(text(answered)).contains("界面已整改", today.date() + " 已整改");
        _assertNone(GridKt._getCellComponent(answered, row, SupervisionSection.ANSWER), Button.class);
        logout();

        login("county.admin", HomeView.class);
        UI.getCurrent().navigate(SupervisionView.class,
                new RouteParameters(SupervisionView.CODE, "621227101"));
        Grid<SupervisionVisit> countys = _get(SupervisionView.class).grid;
        int countysRow = countys.getListDataView().getItems().map(SupervisionVisit::id).toList().indexOf(visit.id());
        Grid.Column<SupervisionVisit> answeredOn = countys.getColumnByKey(SupervisionColumns.ANSWERED_ON);
        assertThat(answeredOn.getHeaderText()).isEqualTo("答复日期");
        assertThat(GridKt._getFormattedRow(countys, countysRow).get(countys.getColumns().indexOf(answeredOn)))
                .as("the county sees the day of the answer").isEqualTo(today.date().toString());
    }

    @Test
    void anAnswerGivenMeanwhileIsShownAndWhatWasTypedKept() {
        login("county.admin", HomeView.class);
        LocalDate day = today.date().minusDays(3);
        SupervisionVisit visit = visits.record(TenantCode.of("621227101"),
                new SupervisionDetails(day, "并发检查", "并发整改", day.plusDays(20)));
        logout();
        login("fujia.admin", GovernanceView.class);
        Grid<SupervisionVisit> received = _get(GovernanceView.class).supervision.grid;
        int row = received.getListDataView().getItems().map(SupervisionVisit::id).toList().indexOf(visit.id());
        _click((Button) GridKt._getCellComponent(received, row, SupervisionSection.ANSWER));
        SupervisionAnswerDialog dialog = _get(SupervisionAnswerDialog.class);
        _setValue(dialog.rectified, "本窗口的答复");
        visits.answer(visit.id(), new SupervisionAnswer("另一窗口先答", today.date()));
        _click(dialog.save);
        _click(_get(dialog, Button.class, spec -> spec.withId("form-notice-action")));
        assertThat(dialog.answeredMeanwhile.getText()).contains("fujia.admin", "另一窗口先答");
        assertThat(dialog.rectified.getValue()).as("nothing typed is lost").isEqualTo("本窗口的答复");
        assertThat(dialog.save.isVisible()).as("an answer stands").isFalse();
    }

    @Test
    void theStaffReadOnlyAndNobodyElseGetsIn() {
        login("chengguan.staff", GovernanceView.class);
        assertThat(text(_get(GovernanceView.class).members.grid)).isNotEmpty();
        _assertNone(Button.class, spec -> spec.withId("governance-member-add"));
        _assertNone(Button.class, spec -> spec.withId("governance-meeting-add"));
        _assertNone(Button.class, spec -> spec.withId("governance-plan-write"));
        logout();
        for (String other : new String[] {"chengguan.officer", "county.admin", "beijie.clerk"}) {
            login(other, HomeView.class);
            assertThatThrownBy(() -> UI.getCurrent().navigate(GovernanceView.class)).as(other)
                    .hasMessageContaining("denied");
            logout();
        }
    }

    /** The row of the member in the list as it is now. */
    private static int row(Grid<GovernanceMember> grid, GovernanceMember member) {
        return grid.getListDataView().getItems().map(GovernanceMember::getId).toList().indexOf(member.getId());
    }

    /** Every cell of every row of the grid as shown. */
    static String text(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(row -> String.join(" | ", GridKt._getFormattedRow(grid, row)))
                .collect(Collectors.joining("\n"));
    }
}
