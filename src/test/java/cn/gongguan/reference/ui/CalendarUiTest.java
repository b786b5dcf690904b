package cn.gongguan.reference.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.reference.CalendarDay;
import cn.gongguan.reference.Deadline;
import cn.gongguan.reference.WorkingDays;
import cn.gongguan.ui.HomeView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The county's system administrator enters a new year's holidays, a wrong line told with its number; a change of a
 * published year waits for the county's security administrator.
 */
class CalendarUiTest extends UiTest {

    @Autowired
    WorkingDays workingDays;

    @Test
    void aNewYearsNoticeIsEnteredThroughTheScreenAndDeadlinesFollowIt() {
        // Mon 30 Sep 2030, year not entered: Monday to Friday assumed, so Mon 7 Oct, provisional
        assertThat(workingDays.deadline(LocalDate.of(2030, 9, 30), 5))
                .isEqualTo(new Deadline(LocalDate.of(2030, 10, 7), true));
        login("county.sysadmin", CalendarView.class);
        CalendarView view = _get(CalendarView.class);
        _setValue(view.year, 2030);
        _setValue(view.source, "国办发明电〔2029〕测试号");
        _setValue(view.notice, "2030-10-01..2030-10-07 休 国庆节 National Day\n2030-10-12 班 国庆调休\n2030-13-01 休 错误");
        _click(view.publish);
        assertThat(view.notice.getErrorMessage()).isEqualTo("第 3 行无法识别：2030-13-01 休 错误");
        _setValue(view.notice, "2030-10-01..2030-10-07 休 国庆节 National Day\n2030-10-12 班 " + "调".repeat(51));
        _click(view.publish);
        assertThat(view.notice.getErrorMessage()).isEqualTo("第 2 行的节日名称不能超过 50 个字");
        _setValue(view.source, "文".repeat(101));
        _setValue(view.notice, "2030-10-01..2030-10-07 休 国庆节 National Day");
        _click(view.publish);
        assertThat(view.source.getErrorMessage()).isEqualTo("不能超过 100 个字");
        assertThat(workingDays.isPublished(2030)).isFalse();

        _setValue(view.source, "国办发明电〔2029〕测试号");
        _setValue(view.notice, "2030-10-01..2030-10-07 休 国庆节 National Day\n2030-10-12 班 国庆调休");
        _click(view.publish);
        assertThat(view.notice.isInvalid()).isFalse();
        assertThat(workingDays.isPublished(2030)).isTrue();
        // 1–7 Oct off; Tue 8, Wed 9, Thu 10, Fri 11, and Sat 12 the make-up working day
        assertThat(workingDays.deadline(LocalDate.of(2030, 9, 30), 5))
                .isEqualTo(new Deadline(LocalDate.of(2030, 10, 12), false));
        assertThat(workingDays.daysOf(2030)).hasSize(8);
    }

    @Test
    void aChangeOfAPublishedYearIsSentForApprovalAndTakesEffectOnceTheSecurityAdministratorApproves() {
        login("county.sysadmin", CalendarView.class);
        CalendarView view = _get(CalendarView.class);
        _setValue(view.year, 2036);
        assertThat(view.approvalNote.isVisible()).isFalse();
        _setValue(view.source, "国办发明电〔2035〕测试号");
        _setValue(view.notice, "2036-01-01 休 元旦 New Year's Day");
        _click(view.publish);
        expectNotifications("2036 年节假日安排已发布（1 天）");

        assertThat(view.approvalNote.getText()).isEqualTo("2036 年的节假日安排已发布：修改须经县安全管理员批准后才生效。");
        assertThat(view.publish.getText()).isEqualTo("提交审批");
        _setValue(view.source, "国办发明电〔2035〕更正号");
        _setValue(view.notice, "2036-01-01..2036-01-02 休 元旦 New Year's Day");
        _click(view.publish);
        expectNotifications("2036 年的修改已提交县安全管理员审批（2 天）");
        assertThat(workingDays.daysOf(2036)).hasSize(1);

        logout();
        login("county.secadmin", CalendarView.class);
        _assertNone(Button.class, spec -> spec.withId("calendar-publish"));
        assertThat(days("calendar-requested-2036")).extracting(CalendarDay::day)
                .containsExactly(LocalDate.of(2036, 1, 1), LocalDate.of(2036, 1, 2));
        assertThat(days("calendar-in-force-2036")).extracting(CalendarDay::day).containsExactly(LocalDate.of(2036, 1, 1));
        _click(_get(Button.class, spec -> spec.withId("calendar-approve-2036")));
        expectNotifications("2036 年的修改已批准，现已生效");
        _assertNone(Button.class, spec -> spec.withId("calendar-approve-2036"));
        assertThat(workingDays.daysOf(2036)).hasSize(2);
    }

    @Test
    void onlyTheSystemAndSecurityAdministratorsOpenTheCalendarScreen() {
        login("chengguan.admin", HomeView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(CalendarView.class)).hasMessageContaining("Access is denied");
        logout();
        login("county.auditor", HomeView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(CalendarView.class)).hasMessageContaining("Access is denied");
    }

    @SuppressWarnings("unchecked")
    private static List<CalendarDay> days(String gridId) {
        Grid<CalendarDay> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return grid.getListDataView().getItems().toList();
    }
}
