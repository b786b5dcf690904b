package cn.gongguan.outflow;

import static cn.gongguan.outflow.OutflowFixtures.CHUNXILU;
import static cn.gongguan.outflow.OutflowFixtures.person;
import static cn.gongguan.outflow.OutflowFixtures.trip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditEvent;
import cn.gongguan.security.audit.AuditFilter;
import cn.gongguan.security.audit.AuditRows;
import cn.gongguan.ui.HomeView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class IncentivesTest extends UiTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final String XIANNONG = "621227100200";

    @Autowired
    Incentives incentives;
    @Autowired
    OutflowTrips trips;
    @Autowired
    Rollups rollups;
    @Autowired
    AuditRows audit;
    @Autowired
    Today today;

    private long outflowPerson(String name, LocalDate declaredOn) {
        LocalDate left = today.date().minusDays(20);
        TripDetails declared = new TripDetails(left, CHUNXILU, null, null, null, true, "本人", declaredOn);
        return trips.depart(person(name, XIANNONG), declared, TripSource.TOWNSHIP).getPerson().getId();
    }

    @Test
    void aReimbursementIsRecordedWithItsAmountListedAndCountedInItsMonth() {
        login("chengguan.staff", HomeView.class);
        long person = outflowPerson("激励甲", today.date().minusDays(21));
        long before = given(today.month());

        incentives.give(person, new IncentiveDetails(IncentiveKind.FOUR_OPERATIONS, today.date(),
                new BigDecimal("350.5"), "上环手术"));
        incentives.give(person, new IncentiveDetails(IncentiveKind.PAPERS_HANDLED, today.date(), null, null));

        assertThat(incentives.of(person)).extracting(Incentive::getKind)
                .containsExactlyInAnyOrder(IncentiveKind.FOUR_OPERATIONS, IncentiveKind.PAPERS_HANDLED);
        assertThat(incentives.of(person)).extracting(Incentive::getAmount).contains(new BigDecimal("350.50"));
        assertThat(given(today.month())).isEqualTo(before + 2);
        assertThat(incentives.declaredLate(person)).isFalse();
    }

    @Test
    void theAuditTrailNamesTheIncentiveButNeitherItsKindNorItsNote() {
        login("chengguan.staff", HomeView.class);
        long person = outflowPerson("激励审计", today.date().minusDays(21));
        Incentive given = incentives.give(person, new IncentiveDetails(IncentiveKind.PREGNANCY_CHECK, today.date(),
                new BigDecimal("80"), "县医院孕检"));

        assertThat(audit.list(CHENGGUAN, new AuditFilter("chengguan.staff", AuditAction.INCENTIVE_GIVEN, null, null),
                0, 50)).filteredOn(e -> e.subject().equals("person:" + person)).extracting(AuditEvent::detail)
                .containsExactly("incentive " + given.getId() + ", " + today.month());
    }

    @Test
    void aReimbursementWithoutAPositiveAmountAndADayInTheFutureAreRefusedAtTheirField() {
        login("chengguan.staff", HomeView.class);
        long person = outflowPerson("激励乙", today.date().minusDays(20));

        assertRefused(person, new IncentiveDetails(IncentiveKind.PREGNANCY_CHECK, today.date(), null, null),
                "amount", "incentive.amount.required");
        assertRefused(person, new IncentiveDetails(IncentiveKind.PREGNANCY_CHECK, today.date(),
                new BigDecimal("-20"), null), "amount", "incentive.amount.positive");
        assertRefused(person, new IncentiveDetails(IncentiveKind.PREGNANCY_CHECK, today.date(),
                BigDecimal.ZERO, null), "amount", "incentive.amount.positive");
        assertRefused(person, new IncentiveDetails(IncentiveKind.PREGNANCY_CHECK, today.date(),
                new BigDecimal("12.345"), null), "amount", "incentive.amount.cents");
        assertRefused(person, new IncentiveDetails(IncentiveKind.REWARD_PRIORITY, today.date(),
                new BigDecimal("10"), null), "amount", "incentive.amount.none");
        assertRefused(person, new IncentiveDetails(IncentiveKind.PAPERS_HANDLED, today.date().plusDays(1), null,
                null), "day", "outflow.day.future");
        assertThat(incentives.of(person)).isEmpty();
    }

    @Test
    void aLateDeclarerIsPointedOutButNotRefused() {
        login("chengguan.staff", HomeView.class);
        long person = outflowPerson("激励丙", today.date().minusDays(5));

        assertThat(incentives.declaredLate(person)).isTrue();
        incentives.give(person, new IncentiveDetails(IncentiveKind.PAPERS_HANDLED, today.date(), null, null));
        assertThat(incentives.of(person)).hasSize(1);
    }

    @Test
    void anotherTownshipCannotSeeOrGiveIncentivesNorReachTheTable() {
        login("chengguan.staff", HomeView.class);
        long person = outflowPerson("激励丁", today.date().minusDays(21));
        incentives.give(person, new IncentiveDetails(IncentiveKind.PAPERS_HANDLED, today.date(), null, null));

        login("fujia.staff", HomeView.class);
        assertThatThrownBy(() -> incentives.of(person)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> incentives.give(person,
                new IncentiveDetails(IncentiveKind.PAPERS_HANDLED, today.date(), null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sqlAsTenant(TenantCode.of(OutflowFixtures.FUJIA),
                "select count(*) from t_621227100.incentive")).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> sqlAsTenant(TenantCode.of(OutflowFixtures.FUJIA),
                "delete from t_621227100.incentive")).hasStackTraceContaining("permission denied");

        login("chengguan.officer", HomeView.class);
        assertThatThrownBy(() -> incentives.of(person)).isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(long person, IncentiveDetails details, String field, String key) {
        assertThatThrownBy(() -> incentives.give(person, details))
                .isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo(field);
                    assertThat(refusal.messageKey()).isEqualTo(key);
                });
    }

    private long given(YearMonth month) {
        return rollups.valuesIn(CHENGGUAN, OutflowFigures.INCENTIVES, month.toString()).getOrDefault(CHENGGUAN, 0L);
    }
}
