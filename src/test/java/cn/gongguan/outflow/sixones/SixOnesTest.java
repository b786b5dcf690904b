package cn.gongguan.outflow.sixones;

import static cn.gongguan.outflow.OutflowFixtures.CHUNXILU;
import static cn.gongguan.outflow.OutflowFixtures.person;
import static cn.gongguan.outflow.OutflowFixtures.trip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.Archive;
import cn.gongguan.fivestep.Archives;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripDetails;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The six ones of an outflow person through the services: each record completes its one, refusals, figures. */
class SixOnesTest extends UiTest {

    static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    static final String XIANNONG = "621227100200";

    @Autowired
    SixOnes sixOnes;
    @Autowired
    OutflowTrips trips;
    @Autowired
    Archives archives;
    @Autowired
    FpAssociations associations;
    @Autowired
    ManagementContracts contracts;
    @Autowired
    Certificates certificates;
    @Autowired
    HealthServices services;
    @Autowired
    ContraceptiveMeasures measures;
    @Autowired
    Rollups rollups;
    @Autowired
    Today today;

    /** A new outflow person of 先农村 away since {@code daysAgo}, declared with an address and a phone. */
    long away(String name, int daysAgo) {
        return trips.depart(person(name, XIANNONG), trip(today.date().minusDays(daysAgo), CHUNXILU),
                TripSource.TOWNSHIP).getPerson().getId();
    }

    FpAssociation xiannong() {
        return associations.ofUnit(XIANNONG).orElseThrow();
    }

    static void assertRefusedAt(String field, String key, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void eachRecordCompletesItsOneAndTheFiguresFollow() {
        login("chengguan.staff", HomeView.class);
        Completion before = sixOnes.total();
        long id = away("六一全", 20);
        assertThat(sixOnes.checklist(id).done()).containsExactly(SixOne.ADDRESS);

        archives.save(id, Archive.HOUSEHOLD, -1, Map.of("householdSize", "3", "housing", "OWN"));
        contracts.save(id, null, -1, new ContractDetails(xiannong().getId(), today.date().minusDays(3),
                today.date().plusYears(2), "按时报告"));
        certificates.save(id, null, -1, new CertificateDetails("T-" + id, today.date(), today.date().plusYears(3)));
        services.save(id, null, -1, new ServiceDetails(today.date(), Set.of(HealthServiceKind.HEALTH_CHECK),
                ServicePlace.DESTINATION, "成都某医院"));
        assertThat(sixOnes.checklist(id).done()).hasSize(5).doesNotContain(SixOne.MEASURE);
        measures.save(id, -1, new MeasureDetails(ContraceptiveMethod.IMPLANT, null, ""));

        assertThat(sixOnes.checklist(id).done()).containsExactlyInAnyOrder(SixOne.values());
        Completion after = sixOnes.total();
        assertThat(after.away()).isEqualTo(before.away() + 1);
        assertThat(after.complete()).isEqualTo(before.complete() + 1);
        String month = today.month().toString();
        assertThat(rollups.valuesIn(CHENGGUAN, SixOnesFigures.DUE, month)).containsEntry(CHENGGUAN, after.away());
        assertThat(rollups.valuesIn(CHENGGUAN, SixOnesFigures.COMPLETE, month))
                .containsEntry(CHENGGUAN, after.complete());
        assertThat(sixOnes.byVillage()).filteredOn(c -> XIANNONG.equals(c.orgUnit())).singleElement()
                .satisfies(c -> assertThat(c.complete()).isPositive());
        assertThat(sixOnes.persons(null, 0, 10_000)).filteredOn(p -> p.personId() == id)
                .singleElement().satisfies(p -> assertThat(p.done()).isEqualTo(6));
    }

    @Test
    void anAddressWithoutAPhoneLeavesTheSecondOneOpen() {
        login("chengguan.staff", HomeView.class);
        LocalDate left = today.date().minusDays(2);
        long id = trips.depart(person("无电话", XIANNONG), new TripDetails(left, CHUNXILU, "某路 1 号", null, null,
                false, "本人", left), TripSource.TOWNSHIP).getPerson().getId();
        assertThat(sixOnes.checklist(id).done()).isEmpty();
    }

    @Nested
    class Refusals {

        @Test
        void aContractSignedBeforeTheAssociationWasFoundedIsRefusedAtTheDay() {
            login("chengguan.staff", HomeView.class);
            long id = away("早签约", 10);
            FpAssociation association = xiannong();
            assertRefusedAt("signedOn", "sixOnes.contract.beforeAssociation", () -> contracts.save(id, null, -1,
                    new ContractDetails(association.getId(), association.getFoundedOn().minusDays(1),
                            today.date(), "约定")));
            assertRefusedAt("termUntil", "sixOnes.contract.termBeforeSigned", () -> contracts.save(id, null, -1,
                    new ContractDetails(association.getId(), today.date(), today.date(), "约定")));
            assertRefusedAt("obligations", "validation.tooLong", () -> contracts.save(id, null, -1,
                    new ContractDetails(association.getId(), today.date(), today.date().plusYears(1),
                            "约".repeat(2001))));
        }

        @Test
        void aContractWithAnotherVillagesAssociationIsRefusedAtTheAssociation() {
            login("chengguan.staff", HomeView.class);
            long id = away("别村约", 10);
            FpAssociation fanleng = associations.ofUnit("621227100201").orElseThrow();
            assertRefusedAt("association", "sixOnes.contract.otherVillage", () -> contracts.save(id, null, -1,
                    new ContractDetails(fanleng.getId(), today.date(), today.date().plusYears(1), "约定")));
            assertThat(contracts.of(id)).isEmpty();
        }

        @Test
        void anAssociationCannotBeFoundedAfterAContractItSigned() {
            login("chengguan.staff", HomeView.class);
            long id = away("先签约", 10);
            FpAssociation association = xiannong();
            contracts.save(id, null, -1, new ContractDetails(association.getId(), today.date().minusDays(5),
                    today.date().plusYears(1), "约定"));
            login("chengguan.admin", HomeView.class);
            assertRefusedAt("foundedOn", "sixOnes.association.afterContract", () -> associations.save(
                    association.getId(), association.getVersion(), new AssociationDetails(XIANNONG,
                            association.getName(), today.date().minusDays(1), association.getChair(),
                            association.getPhone())));
            assertThat(xiannong().getFoundedOn()).isEqualTo(association.getFoundedOn());
        }

        @Test
        void aCertificateNumberIsUniqueInTheTownshipAndACorrectionFromAnOldFormIsStale() {
            login("chengguan.staff", HomeView.class);
            long first = away("证号甲", 10);
            long second = away("证号乙", 10);
            CertificateIssue issued = certificates.save(first, null, -1,
                    new CertificateDetails("dup-" + first, today.date(), today.date().plusYears(1)));
            assertThat(issued.getNumber()).isEqualTo("DUP-" + first);
            assertRefusedAt("number", "sixOnes.certificate.numberTaken", () -> certificates.save(second, null, -1,
                    new CertificateDetails("DUP-" + first, today.date(), today.date().plusYears(1))));
            assertRefusedAt("validUntil", "sixOnes.certificate.validBeforeIssued", () -> certificates.save(second,
                    null, -1, new CertificateDetails("OK-" + second, today.date(), today.date().minusDays(1))));

            CertificateDetails corrected = new CertificateDetails("DUP-" + first, today.date().minusDays(1),
                    today.date().plusYears(1));
            certificates.save(first, issued.getId(), issued.getVersion(), corrected);
            assertThatThrownBy(() -> certificates.save(first, issued.getId(), issued.getVersion(), corrected))
                    .isInstanceOfSatisfying(StaleEditException.class,
                            e -> assertThat(e.savedBy()).isEqualTo("chengguan.staff"));
            assertThat(certificates.withNumber("dup-" + first)).isPresent();
        }

        @Test
        void aServiceNeedsADayNotInTheFutureAndSomethingDone() {
            login("chengguan.staff", HomeView.class);
            long id = away("服务错", 10);
            assertRefusedAt("doneOn", "outflow.day.future", () -> services.save(id, null, -1, new ServiceDetails(
                    today.date().plusDays(1), Set.of(HealthServiceKind.OTHER), ServicePlace.ON_RETURN, "村卫生室")));
            assertRefusedAt("services", "sixOnes.service.whatRequired", () -> services.save(id, null, -1,
                    new ServiceDetails(today.date(), Set.of(), ServicePlace.ON_RETURN, "村卫生室")));
            assertRefusedAt("place", "validation.required", () -> services.save(id, null, -1,
                    new ServiceDetails(today.date(), Set.of(HealthServiceKind.OTHER), ServicePlace.ON_RETURN, " ")));
        }

        @Test
        void onlyTheTownshipAdministratorKeepsAssociationsOneAVillage() {
            login("chengguan.staff", HomeView.class);
            AssociationDetails details = new AssociationDetails(XIANNONG, "第二个协会", LocalDate.of(2020, 1, 1),
                    "某人", null);
            assertThatThrownBy(() -> associations.save(null, -1, details)).isInstanceOf(AccessDeniedException.class);
            login("chengguan.admin", HomeView.class);
            assertRefusedAt("orgUnit", "sixOnes.association.exists", () -> associations.save(null, -1, details));
            assertRefusedAt("orgUnit", "sixOnes.association.village", () -> associations.save(null, -1,
                    new AssociationDetails("621227100999", "无此村", LocalDate.of(2020, 1, 1), "某人", null)));
        }

        @Test
        void anOfficerReadsTheirVillageAndRecordsServicesButNoContractOrCertificate() {
            login("chengguan.staff", HomeView.class);
            long id = away("村官看", 10);
            long elsewhere = trips.depart(person("他村人", "621227100201"), trip(today.date(), CHUNXILU),
                    TripSource.TOWNSHIP).getPerson().getId();
            login("chengguan.officer", HomeView.class);
            assertThat(sixOnes.checklist(id).done()).contains(SixOne.ADDRESS);
            assertThatThrownBy(() -> sixOnes.checklist(elsewhere)).isInstanceOf(AccessDeniedException.class);
            services.save(id, null, -1, new ServiceDetails(today.date(), EnumSet.of(HealthServiceKind.COUNSELLING),
                    ServicePlace.DESTINATION, "电话随访"));
            assertThat(sixOnes.checklist(id).done()).contains(SixOne.HEALTH_SERVICE);
            assertThatThrownBy(() -> certificates.save(id, null, -1, new CertificateDetails("OFF-" + id,
                    today.date(), today.date().plusYears(1)))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> contracts.save(id, null, -1, new ContractDetails(xiannong().getId(),
                    today.date(), today.date().plusYears(1), "x"))).isInstanceOf(AccessDeniedException.class);
            assertThat(sixOnes.byVillage()).allMatch(c -> XIANNONG.equals(c.orgUnit()));
        }
    }

    @Test
    void aGroupOfficerWorksOnTheirGroupOnly() {
        String group = login("chengguan.group", HomeView.class).orgUnit();
        login("chengguan.staff", HomeView.class);
        long inGroup = trips.depart(person("组内外出", group), trip(today.date().minusDays(2), CHUNXILU),
                TripSource.TOWNSHIP).getPerson().getId();
        long inVillage = away("村内外出", 2);

        login("chengguan.group", HomeView.class);
        assertThat(sixOnes.checklist(inGroup).done()).contains(SixOne.ADDRESS);
        assertThatThrownBy(() -> sixOnes.checklist(inVillage)).isInstanceOf(AccessDeniedException.class);
        services.save(inGroup, null, -1, new ServiceDetails(today.date(), Set.of(HealthServiceKind.COUNSELLING),
                ServicePlace.DESTINATION, "电话随访"));
        assertThat(sixOnes.persons(XIANNONG, 0, 10_000)).extracting(PersonProgress::orgUnit).containsOnly(group);
        assertThat(sixOnes.byVillage()).extracting(Completion::orgUnit).containsExactly(XIANNONG);
    }

    @Nested
    class QuarterlyServices {

        @Test
        void aPersonAwaySinceLastQuarterWithoutAServiceIsOverdueUntilServedThisQuarter() {
            login("chengguan.staff", HomeView.class);
            long id = away("逾期服务", 120);
            assertThat(sixOnes.checklist(id).missedLastQuarter()).isTrue();
            assertThat(services.due(XIANNONG, 0, 10_000)).filteredOn(d -> d.personId() == id).singleElement()
                    .satisfies(d -> assertThat(d.overdue()).isTrue());

            services.save(id, null, -1, new ServiceDetails(today.date(), Set.of(HealthServiceKind.PREGNANCY_CHECK),
                    ServicePlace.ON_RETURN, "镇卫生院"));
            assertThat(services.due(XIANNONG, 0, 10_000)).noneMatch(d -> d.personId() == id);
        }

        @Test
        void aPersonWhoLeftThisQuarterIsDueButNotOverdue() {
            login("chengguan.staff", HomeView.class);
            long id = away("本季外出", 0);
            assertThat(services.due(null, 0, 10_000)).filteredOn(d -> d.personId() == id).singleElement()
                    .satisfies(d -> assertThat(d.overdue()).isFalse());
        }

        @Test
        void theDemoHasAPersonOverdueOneCompleteAndOneHalfDone() {
            login("chengguan.staff", HomeView.class);
            assertThat(services.due(null, 0, 10_000)).anyMatch(d -> d.name().equals("吴丽") && d.overdue());
            assertThat(sixOnes.persons(null, 0, 10_000)).anyMatch(p -> p.name().equals("赵海燕") && p.done() == 6)
                    .anyMatch(p -> p.name().equals("周红梅") && p.done() == 3);
        }
    }

    @Test
    void quarterBoundaries() {
        Quarter q = Quarter.of(LocalDate.of(2026, 1, 15));
        assertThat(q.toString()).isEqualTo("2026-Q1");
        assertThat(q.previous().toString()).isEqualTo("2025-Q4");
        assertThat(q.previous().lastDay()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Quarter.of(LocalDate.of(2026, 12, 31)).firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
    }
}
