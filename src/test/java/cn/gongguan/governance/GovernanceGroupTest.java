package cn.gongguan.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.history.Change;
import cn.gongguan.reference.Department;
import cn.gongguan.ui.HomeView;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The township's governance group through its services: members kept when they leave, the plan's versions, meetings,
 * refusals at the field, who may change what — and the state the county reads from the rollup figures.
 */
class GovernanceGroupTest extends UiTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    GovernanceMembers members;
    @Autowired
    GovernancePlans plans;
    @Autowired
    GovernanceMeetings meetings;
    @Autowired
    GovernanceOverview overview;
    @Autowired
    Today today;

    @Test
    void aMemberIsAddedCorrectedAndKeptWhenTheyLeave() {
        long before = county().members();
        login("chengguan.admin", HomeView.class);
        String name = "成员" + NAMES.incrementAndGet();
        GovernanceMember member = members.save(null, -1,
                new GovernanceMemberDetails(name, Department.LABOUR, "干事", "13909391111"));
        GovernanceMember corrected = members.save(member.getId(), member.getVersion(),
                new GovernanceMemberDetails(name, Department.OTHER, "副组长", " "));
        assertThat(corrected.getDuty()).isEqualTo("副组长");
        assertThat(corrected.getPhone()).isNull();
        assertThat(county().members()).as("the county's count").isEqualTo(before + 1);
        assertThat(county().departments()).contains(Department.OTHER);

        assertThatThrownBy(() -> members.save(member.getId(), member.getVersion(),
                new GovernanceMemberDetails(name, Department.LABOUR, "干事", null)))
                .isInstanceOfSatisfying(StaleEditException.class,
                        e -> assertThat(e.savedBy()).isEqualTo("chengguan.admin"));
        refused(() -> members.leave(member.getId(), corrected.getVersion(), today.date().plusDays(1)),
                GovernanceMembers.LEFT_ON, "governance.day.future");
        GovernanceMember left = members.leave(member.getId(), corrected.getVersion(), today.date());

        assertThat(members.list()).filteredOn(m -> m.getId().equals(member.getId())).singleElement()
                .satisfies(m -> {
                    assertThat(m.isActive()).isFalse();
                    assertThat(m.getLeftOn()).isEqualTo(today.date());
                });
        refused(() -> members.save(member.getId(), left.getVersion(),
                new GovernanceMemberDetails(name, Department.LABOUR, "干事", null)), null, "governance.member.hasLeft");
        assertThat(county().members()).as("one who left is not counted").isEqualTo(before);
    }

    @Test
    void aBadMemberIsRefusedAtItsField() {
        login("chengguan.admin", HomeView.class);
        refused(() -> members.save(null, -1, new GovernanceMemberDetails(" ", Department.POLICE, "民警", null)),
                "name", "validation.required");
        refused(() -> members.save(null, -1, new GovernanceMemberDetails("张三", null, "民警", null)),
                "department", "validation.required");
        refused(() -> members.save(null, -1, new GovernanceMemberDetails("张三", Department.POLICE, "", null)),
                "duty", "validation.required");
        refused(() -> members.save(null, -1, new GovernanceMemberDetails("张三", Department.POLICE, "长".repeat(51),
                null)), "duty", "validation.tooLong");
        refused(() -> members.save(null, -1, new GovernanceMemberDetails("张三", Department.POLICE, "民警", "电话")),
                "phone", "person.phone.invalid");
    }

    @Test
    void everySaveOfThePlanKeepsTheFormerText() {
        login("chengguan.admin", HomeView.class);
        int year = today.date().getYear() - 4;
        GovernancePlan first = plans.save(year, -1, "第一稿");
        assertThat(first.number()).isEqualTo(1);
        assertThatThrownBy(() -> plans.save(year, -1, "另一个第一稿")).as("written meanwhile")
                .isInstanceOf(StaleEditException.class);
        GovernancePlan second = plans.save(year, first.getVersion(), "第二稿");
        assertThat(second.number()).isEqualTo(2);
        assertThatThrownBy(() -> plans.save(year, first.getVersion(), "过时的修改"))
                .isInstanceOf(StaleEditException.class);
        GovernancePlan third = plans.save(year, second.getVersion(), "第三稿");
        GovernancePlan same = plans.save(year, third.getVersion(), "第三稿");
        assertThat(same.number()).as("the same text again is no new version").isEqualTo(3);
        assertThat(same.getVersion()).isEqualTo(third.getVersion());

        assertThat(plans.of(year)).get().extracting(GovernancePlan::getText).isEqualTo("第三稿");
        assertThat(plans.history(third)).extracting(r -> r.changes().getFirst())
                .containsExactly(new Change("text", "第二稿", "第三稿"), new Change("text", "第一稿", "第二稿"));
    }

    @Test
    void aPlanOutOfRangeOrEmptyIsRefused() {
        login("chengguan.admin", HomeView.class);
        int year = today.date().getYear();
        refused(() -> plans.save(year - 6, -1, "太早"), GovernancePlans.YEAR, "governance.plan.year.range");
        refused(() -> plans.save(year + 2, -1, "太晚"), GovernancePlans.YEAR, "governance.plan.year.range");
        refused(() -> plans.save(null, -1, "无年度"), GovernancePlans.YEAR, "validation.required");
        refused(() -> plans.save(year - 3, -1, "  "), "text", "validation.required");
        assertThat(plans.of(year - 3)).isEmpty();
    }

    @Test
    void theCountySeesThisYearsPlanItsVersionAndDay() {
        login("fujia.admin", HomeView.class);
        int year = today.date().getYear();
        GovernancePlan plan = plans.of(year).orElseGet(() -> plans.save(year, -1, "伏家镇方案"));
        GovernancePlan next = plans.save(year, plan.getVersion(), plan.getText() + "\n补充一条");
        logout();
        login("county.governance", HomeView.class);
        GovernanceTownship fujia = overview.townships().stream()
                .filter(t -> t.code().equals(TenantCode.of("621227101"))).findFirst().orElseThrow();
        assertThat(fujia.planVersion()).isEqualTo(next.number());
        assertThat(fujia.planSaved()).isEqualTo(today.date());
    }

    @Test
    void aMeetingIsNeverInTheFutureAndTheCountySeesTheLastDay() {
        login("chengguan.admin", HomeView.class);
        refused(() -> meetings.save(null, -1, new GovernanceMeetingDetails(today.date().plusDays(1), "全体", "议定")),
                GovernanceMeetings.HELD_ON, "governance.day.future");
        refused(() -> meetings.save(null, -1, new GovernanceMeetingDetails(null, "全体", "议定")),
                GovernanceMeetings.HELD_ON, "validation.required");
        refused(() -> meetings.save(null, -1, new GovernanceMeetingDetails(today.date(), "全体", " ")),
                "decisions", "validation.required");
        refused(() -> meetings.save(null, -1, new GovernanceMeetingDetails(today.date(), "", "议定")),
                "attendees", "validation.required");
        long held = county().meetingsThisYear();
        GovernanceMeeting meeting = meetings.save(null, -1,
                new GovernanceMeetingDetails(today.date(), "组长、公安成员", "布置联合清理"));
        assertThat(meetings.list().getFirst().getId()).isEqualTo(meeting.getId());
        GovernanceMeeting corrected = meetings.save(meeting.getId(), meeting.getVersion(),
                new GovernanceMeetingDetails(today.date(), "组长、公安、住建成员", "布置联合清理"));
        assertThat(corrected.getAttendees()).isEqualTo("组长、公安、住建成员");
        assertThatThrownBy(() -> meetings.save(meeting.getId(), meeting.getVersion(),
                new GovernanceMeetingDetails(today.date(), "过时", "过时"))).isInstanceOf(StaleEditException.class);

        GovernanceTownship chengguan = county();
        assertThat(chengguan.lastMeeting()).isEqualTo(today.date());
        assertThat(chengguan.meetingsThisYear()).isEqualTo(held + 1);
    }

    @Test
    void theStaffReadButOnlyTheAdministratorKeepsTheGroup() {
        login("chengguan.staff", HomeView.class);
        assertThat(members.list()).isNotEmpty();
        assertThatThrownBy(() -> members.save(null, -1,
                new GovernanceMemberDetails("员工", Department.POLICE, "民警", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.save(today.date().getYear(), -1, "员工写的"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.save(null, -1, new GovernanceMeetingDetails(today.date(), "a", "b")))
                .isInstanceOf(AccessDeniedException.class);
        logout();
        for (String other : new String[] {"chengguan.officer", "county.admin", "beijie.clerk"}) {
            login(other, HomeView.class);
            assertThatThrownBy(() -> members.list()).as(other).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.of(2026)).as(other).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> meetings.list()).as(other).isInstanceOf(AccessDeniedException.class);
            logout();
        }
    }

    /** 城关镇 as the county sees it (run as the county governance group, then back to the caller's login). */
    private GovernanceTownship county() {
        login("county.governance", HomeView.class);
        GovernanceTownship chengguan = overview.townships().stream().filter(t -> t.code().equals(CHENGGUAN))
                .findFirst().orElseThrow();
        login("chengguan.admin", HomeView.class);
        return chengguan;
    }

    static void refused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
