package cn.gongguan.reference.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.reference.Deadline;
import cn.gongguan.reference.WorkingDays;
import cn.gongguan.ui.HomeView;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The county's system administrator enters a new year's holidays; a wrong line is told with its number. */
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
    void onlyASystemAdministratorOpensTheCalendarScreen() {
        login("chengguan.admin", HomeView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(CalendarView.class)).hasMessageContaining("Access is denied");
    }
}
