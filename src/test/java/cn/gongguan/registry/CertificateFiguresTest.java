package cn.gongguan.registry;

import static cn.gongguan.registry.CertificateFigures.CHECKED;
import static cn.gongguan.registry.CertificateFigures.DUE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.FigureProbe;
import cn.gongguan.platform.rollup.FigureRecount;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.platform.rollup.UnitCounts;
import cn.gongguan.reference.Sex;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The certificate-check rate per unit and month: women of childbearing age living here, and their checks by then. */
class CertificateFiguresTest extends UiTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final String FANLENG = "621227100201";
    private static final List<String> FIGURES = List.of(DUE, CHECKED);

    @Autowired
    FigureRecount recount;
    @Autowired
    Rollups rollups;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Today today;

    private FigureProbe figures;

    @BeforeEach
    void countEverythingDueAsStaff() {
        figures = new FigureProbe(recount, rollups, asOwner());
        figures.recount();
        login("chengguan.staff", HomeView.class);
    }

    @AfterEach
    void leave() {
        logout();
    }

    private Person register(String name, LocalDate birth, Sex sex, MaritalStatus status, LocalDate arrival,
                            boolean checked) {
        PersonDetails details = PersonFixtures.details(name, PersonFixtures.newIdNumber(birth, sex));
        details.setOrgUnit(FANLENG);
        details.setArrivalDate(arrival);
        details.setMaritalStatus(status);
        details.setCertificateChecked(checked);
        return registry.register(details);
    }

    private Map<String, Long> unit(YearMonth month) {
        return figures.of(CHENGGUAN, FANLENG, month, FIGURES);
    }

    @Test
    void everyWomanOfChildbearingAgeLivingHereIsDueAndCountsCheckedFromHerCheck() {
        YearMonth month = today.month();
        Map<String, Long> before = unit(month);
        Map<String, Long> totalBefore = figures.of(CHENGGUAN, UnitCounts.TOTAL, month, FIGURES);
        LocalDate twenty = today.date().minusYears(20);

        register("查验已婚", twenty, Sex.FEMALE, MaritalStatus.MARRIED, today.date(), true);
        Person unchecked = register("查验未婚", twenty.minusDays(1), Sex.FEMALE, MaritalStatus.UNMARRIED,
                today.date(), false);
        register("查验满五十", today.date().minusYears(50), Sex.FEMALE, MaritalStatus.MARRIED, today.date(), true);
        register("查验十四岁", today.date().minusYears(15).plusDays(1), Sex.FEMALE, MaritalStatus.UNMARRIED,
                today.date(), false);
        register("查验男性", twenty, Sex.MALE, MaritalStatus.MARRIED, today.date(), true);
        figures.recount();

        assertThat(figures.since(before, CHENGGUAN, FANLENG, month, FIGURES))
                .containsEntry(DUE, 2L).containsEntry(CHECKED, 1L);
        assertThat(figures.since(totalBefore, CHENGGUAN, UnitCounts.TOTAL, month, FIGURES))
                .containsEntry(DUE, 2L).containsEntry(CHECKED, 1L);

        PersonDetails seen = unchecked.details();
        seen.setCertificateChecked(true);
        registry.arrived(seen);
        figures.recount();
        assertThat(figures.since(before, CHENGGUAN, FANLENG, month, FIGURES))
                .containsEntry(DUE, 2L).containsEntry(CHECKED, 2L);
    }

    @Test
    void aCheckAtALateRegistrationCountsFromTheArrivalAndALaterCheckLeavesClosedMonthsAlone() {
        YearMonth arrived = today.month().minusMonths(2);
        Map<String, Long> arrivedBefore = unit(arrived);
        Map<String, Long> nowBefore = unit(today.month());
        LocalDate thirty = today.date().minusYears(30);

        register("查验补登", thirty, Sex.FEMALE, MaritalStatus.MARRIED, arrived.atDay(3), true);
        Person later = register("查验后验", thirty.minusDays(1), Sex.FEMALE, MaritalStatus.MARRIED, arrived.atDay(4),
                false);
        figures.recount();
        assertThat(figures.since(arrivedBefore, CHENGGUAN, FANLENG, arrived, FIGURES))
                .containsEntry(DUE, 2L).containsEntry(CHECKED, 1L);

        Map<String, Long> arrivedClosed = unit(arrived);
        PersonDetails seen = later.details();
        seen.setCertificateChecked(true);
        registry.update(later.getId(), later.getVersion(), seen);
        assertThat(figures.owed(CHENGGUAN)).containsExactly(arrived.toString(), arrived.plusMonths(1).toString(),
                today.month().toString());
        figures.recount();

        assertThat(unit(arrived)).isEqualTo(arrivedClosed);
        assertThat(figures.since(nowBefore, CHENGGUAN, FANLENG, today.month(), FIGURES))
                .containsEntry(DUE, 2L).containsEntry(CHECKED, 2L);

        // a check withdrawn as a mistake: it no longer counts, in no month
        Person corrected = registry.find(later.getId()).orElseThrow();
        PersonDetails notSeen = corrected.details();
        notSeen.setCertificateChecked(false);
        registry.update(corrected.getId(), corrected.getVersion(), notSeen);
        figures.recount();
        assertThat(figures.since(nowBefore, CHENGGUAN, FANLENG, today.month(), FIGURES))
                .containsEntry(DUE, 2L).containsEntry(CHECKED, 1L);
        assertThat(unit(arrived)).isEqualTo(arrivedClosed);
    }
}
