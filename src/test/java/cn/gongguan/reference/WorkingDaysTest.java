package cn.gongguan.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.reference.CalendarDay.Kind;
import cn.gongguan.reference.WorkingDays.ChangeRequest;
import cn.gongguan.reference.WorkingDays.Entry;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditFilter;
import cn.gongguan.security.audit.AuditRows;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Five working days on the official calendar, across holidays and make-up working days; a year not published is
 * entered at once, a published one changed only with the county's security administrator's approval.
 */
class WorkingDaysTest extends UiTest {

    @Autowired
    WorkingDays workingDays;
    @Autowired
    AuditRows audit;

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
        assertThat(workingDays.publishYear(2027, List.of(newYearsDay(2027)), "国务院办公厅通知（测试）"))
                .isEqualTo(Entry.PUBLISHED);

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
        logout();
        login("county.secadmin", HomeView.class);
        assertThatThrownBy(() -> workingDays.publishYear(2029, List.of(), "test")).isInstanceOf(AccessDeniedException.class);
        assertThat(workingDays.isPublished(2029)).isFalse();
    }

    /** Each test changes a year of its own: the database is shared by every test of the run. */
    @Nested
    class ChangingAPublishedYear {

        @Test
        void waitsForApprovalAndThenReplacesTheDays() {
            ChangeRequest change = openChange(2032);
            assertThat(change.requestedBy()).isEqualTo("county.sysadmin");
            assertThat(change.days()).containsExactly(newYearsDay(2032), secondOfJanuary(2032));
            assertThat(workingDays.daysOf(2032)).containsExactly(newYearsDay(2032));
            assertThat(workingDays.isWorkingDay(LocalDate.of(2032, 1, 2))).isTrue();

            workingDays.approve(change.id());

            assertThat(workingDays.daysOf(2032)).containsExactly(newYearsDay(2032), secondOfJanuary(2032));
            assertThat(workingDays.isWorkingDay(LocalDate.of(2032, 1, 2))).isFalse();
            assertThat(workingDays.publishedYears()).filteredOn(y -> y.year() == 2032).singleElement()
                    .satisfies(y -> assertThat(y.source()).isEqualTo("更正通知"))
                    .satisfies(y -> assertThat(y.enteredBy()).isEqualTo("county.sysadmin"));
            assertThat(workingDays.openChanges()).noneMatch(c -> c.year() == 2032);
            assertThat(audited("county.sysadmin", AuditAction.CALENDAR_CHANGE_REQUESTED, 2032)).isTrue();
            assertThat(audited("county.secadmin", AuditAction.CALENDAR_CHANGE_APPROVED, 2032)).isTrue();
        }

        @Test
        void rejectedLeavesTheDaysInForce() {
            ChangeRequest change = openChange(2033);

            workingDays.reject(change.id());

            assertThat(workingDays.daysOf(2033)).containsExactly(newYearsDay(2033));
            assertThat(workingDays.publishedYears()).filteredOn(y -> y.year() == 2033).singleElement()
                    .satisfies(y -> assertThat(y.source()).isEqualTo("初次通知"));
            assertThat(workingDays.openChanges()).noneMatch(c -> c.year() == 2033);
            assertThat(audited("county.secadmin", AuditAction.CALENDAR_CHANGE_REJECTED, 2033)).isTrue();
        }

        @Test
        void anotherRequestWaitsUntilTheFirstIsDecidedAndADecisionIsTakenOnce() {
            ChangeRequest change = openChange(2034);
            logout();
            login("county.sysadmin", HomeView.class);
            assertThatThrownBy(() -> workingDays.publishYear(2034, List.of(), "再次更正"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("year");
                        assertThat(e.messageKey()).isEqualTo("calendar.change.pending");
                    });
            logout();
            login("county.secadmin", HomeView.class);
            workingDays.reject(change.id());
            assertThatThrownBy(() -> workingDays.approve(change.id()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("calendar.change.decided"));
            assertThat(workingDays.daysOf(2034)).containsExactly(newYearsDay(2034));
            logout();
            login("county.sysadmin", HomeView.class);
            assertThat(workingDays.publishYear(2034, List.of(), "再次更正")).isEqualTo(Entry.AWAITING_APPROVAL);
        }

        @Test
        void onlyTheCountysSecurityAdministratorSeesAndDecides() {
            long id = openChange(2035).id();
            for (String user : List.of("county.sysadmin", "county.admin", "chengguan.secadmin")) {
                logout();
                login(user, HomeView.class);
                assertThatThrownBy(() -> workingDays.openChanges()).as(user).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> workingDays.approve(id)).as(user).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> workingDays.reject(id)).as(user).isInstanceOf(AccessDeniedException.class);
            }
            assertThat(workingDays.daysOf(2035)).containsExactly(newYearsDay(2035));
            logout();
            login("county.secadmin", HomeView.class);
            assertThat(workingDays.openChanges()).extracting(ChangeRequest::id).contains(id);
        }

        /** The system administrator publishes New Year's Day, then asks to add 2 January; the security one logs in. */
        private ChangeRequest openChange(int year) {
            login("county.sysadmin", HomeView.class);
            assertThat(workingDays.publishYear(year, List.of(newYearsDay(year)), "初次通知")).isEqualTo(Entry.PUBLISHED);
            assertThat(workingDays.publishYear(year, List.of(newYearsDay(year), secondOfJanuary(year)), "更正通知"))
                    .isEqualTo(Entry.AWAITING_APPROVAL);
            logout();
            login("county.secadmin", HomeView.class);
            return workingDays.openChanges().stream().filter(c -> c.year() == year).findFirst().orElseThrow();
        }

        private boolean audited(String actor, AuditAction action, int year) {
            return audit.list(TenantCode.of("621227"), new AuditFilter(actor, action, null, null), 0, 100).stream()
                    .anyMatch(e -> e.subject().equals(String.valueOf(year)));
        }
    }

    private static CalendarDay newYearsDay(int year) {
        return new CalendarDay(LocalDate.of(year, 1, 1), Kind.HOLIDAY, "元旦", "New Year's Day");
    }

    private static CalendarDay secondOfJanuary(int year) {
        return new CalendarDay(LocalDate.of(year, 1, 2), Kind.HOLIDAY, "元旦", "New Year's Day");
    }
}
