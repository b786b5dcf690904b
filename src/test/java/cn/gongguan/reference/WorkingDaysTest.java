package cn.gongguan.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.reference.CalendarDay.Kind;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Five working days on the official calendar, across holidays and make-up working days. */
class WorkingDaysTest extends UiTest {

    @Autowired
    WorkingDays workingDays;

    @Test
    void anOrdinaryWeekEndsFiveWorkingDaysLaterOnTheSameWeekday() {
        assertThat(workingDays.deadline(LocalDate.of(2026, 11, 23), 5))
                .isEqualTo(new Deadline(LocalDate.of(2026, 11, 30), false));
    }

    @Test
    void theNationalDayHolidayIsSkippedAndItsMakeUpSaturdayCounts() {
        // Received Wed 30 Sep 2026: 1–7 Oct off; Thu 8, Fri 9, Sat 10 (make-up day), Mon 12, Tue 13.
        assertThat(workingDays.deadline(LocalDate.of(2026, 9, 30), 5))
                .isEqualTo(new Deadline(LocalDate.of(2026, 10, 13), false));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
    }

    @Test
    void theSpringFestivalIsSkipped() {
        // Received Fri 13 Feb 2026: Sat 14 (make-up day), 15–23 off; Tue 24, Wed 25, Thu 26, Fri 27.
        assertThat(workingDays.deadline(LocalDate.of(2026, 2, 13), 5).due()).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void everyShippedYearIsPublished() {
        for (int year = 2004; year <= 2026; year++) {
            assertThat(workingDays.isPublished(year)).as("year %d", year).isTrue();
        }
        assertThat(workingDays.isPublished(2031)).isFalse();
    }

    @Test
    void aDeadlineInAYearNotYetPublishedIsProvisionalUntilTheNoticeIsEntered() {
        // Mon 28 Dec 2026: 29, 30, 31 Dec, then 2027 is unknown and assumed Monday to Friday: Fri 1 Jan, Mon 4 Jan.
        assertThat(workingDays.deadline(LocalDate.of(2026, 12, 28), 5))
                .isEqualTo(new Deadline(LocalDate.of(2027, 1, 4), true));

        login("county.sysadmin", HomeView.class);
        workingDays.publishYear(2027, List.of(new CalendarDay(LocalDate.of(2027, 1, 1), Kind.HOLIDAY, "元旦", "New Year's Day")),
                "国务院办公厅通知（测试）");

        assertThat(workingDays.deadline(LocalDate.of(2026, 12, 28), 5))
                .isEqualTo(new Deadline(LocalDate.of(2027, 1, 5), false));
    }

    @Test
    void aMakeUpWorkingDayOnAWeekdayIsRefused() {
        login("county.sysadmin", HomeView.class);
        assertThatThrownBy(() -> workingDays.publishYear(2028,
                List.of(new CalendarDay(LocalDate.of(2028, 1, 3), Kind.WORKDAY, "元旦", "New Year's Day")), "test"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("calendar.workdayOnWeekday"));
        assertThat(workingDays.isPublished(2028)).isFalse();
    }

    @Test
    void onlyTheCountysSystemAdministratorEntersTheCalendar() {
        login("chengguan.admin", HomeView.class);
        assertThatThrownBy(() -> workingDays.publishYear(2029, List.of(), "test")).isInstanceOf(AccessDeniedException.class);
        logout();
        login("county.admin", HomeView.class);
        assertThatThrownBy(() -> workingDays.publishYear(2029, List.of(), "test")).isInstanceOf(AccessDeniedException.class);
        assertThat(workingDays.isPublished(2029)).isFalse();
    }
}
