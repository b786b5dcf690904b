package cn.gongguan.governance;

import static cn.gongguan.governance.GovernanceGroupTest.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The county's supervision visits through the services: recorded by the county for its own townships, answered by
 * the township it is about, refused at the field when wrong, seen by nobody else, and kept in both audit trails.
 */
class SupervisionVisitsTest extends UiTest {

    private static final TenantCode COUNTY = TenantCode.of("621227");
    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final TenantCode FUJIA = TenantCode.of("621227101");
    /** 北街居委会: below a township, not the county's to supervise. */
    private static final TenantCode BEIJIE = TenantCode.of("621227100001");

    @Autowired
    SupervisionVisits visits;
    @Autowired
    GovernanceOverview overview;
    @Autowired
    Today today;

    @Test
    void theCountyRecordsAVisitAndTheTownshipAnswersIt() {
        LocalDate day = today.date().minusDays(3);
        login("county.governance", HomeView.class);
        SupervisionSummary before = summary(FUJIA);
        SupervisionVisit visit = visits.record(FUJIA, new SupervisionDetails(day, "会议记录不全", "补齐会议记录",
                day.plusDays(10)));
        assertThat(visits.of(FUJIA)).first().isEqualTo(visit);
        assertThat(summary(FUJIA).open()).isEqualTo(before.open() + 1);
        assertThat(events(COUNTY, visit.id())).containsExactly("SUPERVISION_RECORDED");
        logout();

        login("chengguan.admin", HomeView.class);
        assertThat(visits.received()).as("another township").extracting(SupervisionVisit::id)
                .doesNotContain(visit.id());
        assertThatThrownBy(() -> visits.answer(visit.id(), new SupervisionAnswer("越权答复", today.date())))
                .isInstanceOf(AccessDeniedException.class);
        logout();

        login("fujia.admin", HomeView.class);
        assertThat(visits.received()).extracting(SupervisionVisit::id).contains(visit.id());
        refused(() -> visits.answer(visit.id(), new SupervisionAnswer(" ", today.date())),
                "rectified", "validation.required");
        refused(() -> visits.answer(visit.id(), new SupervisionAnswer("已补齐", today.date().plusDays(1))),
                SupervisionVisits.RECTIFIED_ON, "governance.day.future");
        refused(() -> visits.answer(visit.id(), new SupervisionAnswer("已补齐", day.minusDays(1))),
                SupervisionVisits.RECTIFIED_ON, "governance.supervision.rectifiedOn.beforeVisit");
        SupervisionVisit answered = visits.answer(visit.id(), new SupervisionAnswer("已补齐会议记录", today.date()));
        assertThat(answered.isOpen()).isFalse();
        assertThat(answered.answeredBy()).isEqualTo("fujia.admin");
        assertThat(answered.answeredAt()).as("the database's time").isNotNull();
        assertThatThrownBy(() -> visits.answer(visit.id(), new SupervisionAnswer("再答一次", today.date())))
                .as("answered once").isInstanceOf(StaleEditException.class);
        assertThat(events(FUJIA, visit.id())).containsExactly("SUPERVISION_ANSWERED");
        logout();

        login("county.admin", HomeView.class);
        assertThat(visits.of(FUJIA)).filteredOn(v -> v.id() == visit.id()).singleElement()
                .extracting(SupervisionVisit::rectified).isEqualTo("已补齐会议记录");
        assertThat(summary(FUJIA).open()).isEqualTo(before.open());
    }

    @Test
    void aBadVisitIsRefusedAtItsField() {
        login("county.admin", HomeView.class);
        LocalDate day = today.date();
        refused(() -> visits.record(CHENGGUAN, new SupervisionDetails(day.plusDays(1), "a", "b", day.plusDays(5))),
                SupervisionVisits.VISITED_ON, "governance.day.future");
        refused(() -> visits.record(CHENGGUAN, new SupervisionDetails(day, "a", "b", day.minusDays(1))),
                SupervisionVisits.RECTIFY_BY, "governance.supervision.rectifyBy.beforeVisit");
        refused(() -> visits.record(CHENGGUAN, new SupervisionDetails(day, "a", "b", null)),
                SupervisionVisits.RECTIFY_BY, "validation.required");
        refused(() -> visits.record(CHENGGUAN, new SupervisionDetails(day, " ", "b", day)),
                "findings", "validation.required");
        refused(() -> visits.record(CHENGGUAN, new SupervisionDetails(day, "a", "", day)),
                "rectification", "validation.required");
        refused(() -> visits.record(CHENGGUAN, new SupervisionDetails(day, "长".repeat(2001), "b", day)),
                "findings", "validation.tooLong");
        refused(() -> visits.record(BEIJIE, new SupervisionDetails(day, "a", "b", day)),
                SupervisionVisits.TOWNSHIP, "governance.supervision.township.outside");
        refused(() -> visits.record(null, new SupervisionDetails(day, "a", "b", day)),
                SupervisionVisits.TOWNSHIP, "validation.required");
    }

    @Test
    void aRectificationPastItsDayIsOverdueForTheCounty() {
        login("county.governance", HomeView.class);
        long overdue = summary(CHENGGUAN).overdue();
        LocalDate day = today.date().minusDays(40);
        visits.record(CHENGGUAN, new SupervisionDetails(day, "出租屋台账未更新", "更新台账", day.plusDays(30)));
        assertThat(summary(CHENGGUAN).overdue()).isEqualTo(overdue + 1);
        assertThat(overview.townships()).filteredOn(t -> t.code().equals(CHENGGUAN)).singleElement()
                .satisfies(t -> assertThat(t.supervision().overdue()).isEqualTo(overdue + 1));
    }

    @Test
    void onlyTheCountyRecordsAndOnlyTheTownshipsAdministratorAnswers() {
        login("chengguan.admin", HomeView.class);
        assertThatThrownBy(() -> visits.record(CHENGGUAN, new SupervisionDetails(today.date(), "a", "b",
                today.date()))).isInstanceOf(AccessDeniedException.class);
        logout();
        login("county.admin", HomeView.class);
        long id = visits.record(CHENGGUAN, new SupervisionDetails(today.date(), "检查", "整改", today.date())).id();
        assertThatThrownBy(() -> visits.answer(id, new SupervisionAnswer("县里答", today.date())))
                .isInstanceOf(AccessDeniedException.class);
        logout();
        login("chengguan.staff", HomeView.class);
        assertThat(visits.received()).extracting(SupervisionVisit::id).contains(id);
        assertThatThrownBy(() -> visits.answer(id, new SupervisionAnswer("员工答", today.date())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visits.of(CHENGGUAN)).isInstanceOf(AccessDeniedException.class);
    }

    private SupervisionSummary summary(TenantCode township) {
        return visits.summaries().getOrDefault(township, SupervisionSummary.NONE);
    }

    private List<String> events(TenantCode tenant, long visit) {
        return asOwner().sql("select action from platform.audit_event where tenant_code = ? and subject = ?"
                        + " order by id").params(tenant.value(), "supervision_visit:" + visit)
                .query(String.class).list();
    }
}
