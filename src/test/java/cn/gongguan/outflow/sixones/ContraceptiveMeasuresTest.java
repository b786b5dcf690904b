package cn.gongguan.outflow.sixones;

import static cn.gongguan.outflow.OutflowFixtures.CHUNXILU;
import static cn.gongguan.outflow.OutflowFixtures.FUJIA;
import static cn.gongguan.outflow.OutflowFixtures.person;
import static cn.gongguan.outflow.OutflowFixtures.trip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.security.ReadReason;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditFilter;
import cn.gongguan.security.audit.AuditRows;
import cn.gongguan.ui.HomeView;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The contraceptive measure (六个一 ⑥) is kept as the reproductive-health archive is: sealed at rest, opened only by
 * the family-planning roles with a reason, each opening audited, earlier versions sealed; and no other township
 * sees any of the six ones.
 */
class ContraceptiveMeasuresTest extends UiTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final String NOTE = "二〇二六年复查环位正常";

    @Autowired
    ContraceptiveMeasures measures;
    @Autowired
    OutflowTrips trips;
    @Autowired
    SixOnes sixOnes;
    @Autowired
    Certificates certificates;
    @Autowired
    HealthServices services;
    @Autowired
    AuditRows audit;
    @Autowired
    Today today;

    private long awayWithMeasure(String name) {
        login("chengguan.staff", HomeView.class);
        long id = trips.depart(person(name, "621227100200"), trip(today.date().minusDays(5), CHUNXILU),
                TripSource.TOWNSHIP).getPerson().getId();
        measures.save(id, -1, new MeasureDetails(ContraceptiveMethod.STERILIZATION, LocalDate.of(2018, 4, 2), NOTE));
        return id;
    }

    @Test
    void theMeasureIsSealedAtRestAndItsEarlierVersionToo() {
        long id = awayWithMeasure("密封措施");
        byte[] stored = asOwner().sql("select sealed from t_621227100.contraceptive_measure where person_id = ?")
                .param(id).query(byte[].class).single();
        String raw = new String(stored, StandardCharsets.ISO_8859_1) + new String(stored, StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("STERILIZATION").doesNotContain(NOTE).doesNotContain("2018-04-02");

        ContraceptiveMeasures.Content opened = measures.open(id, ReadReason.SERVICE);
        measures.save(id, opened.version(), new MeasureDetails(ContraceptiveMethod.IUD, null, ""));
        assertThat(asOwner().sql("""
                        select count(*) from t_621227100.record_revision
                        where subject = ? and sealed is not null and changes is null""")
                .param("contraceptive_measure:" + id).query(Long.class).single()).isEqualTo(1L);
        ContraceptiveMeasures.Content now = measures.open(id, ReadReason.ARCHIVE_UPDATE);
        assertThat(now.measure().method()).isEqualTo(ContraceptiveMethod.IUD);
        assertThat(now.history()).singleElement().satisfies(r -> assertThat(r.changes())
                .anyMatch(c -> "STERILIZATION".equals(c.before())));
    }

    @Test
    void theMeasureOpensOnlyWithAReasonAndEachOpeningIsAudited() {
        long id = awayWithMeasure("有因查看");
        assertThatThrownBy(() -> measures.open(id, null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("reason"));

        ContraceptiveMeasures.Content content = measures.open(id, ReadReason.VERIFICATION);
        assertThat(content.measure()).isEqualTo(
                new MeasureDetails(ContraceptiveMethod.STERILIZATION, LocalDate.of(2018, 4, 2), NOTE));
        assertThat(audit.list(CHENGGUAN, new AuditFilter("chengguan.staff", AuditAction.SENSITIVE_READ, null, null),
                0, 200)).anyMatch(e -> e.subject().equals("person:" + id)
                && e.detail().equals("CONTRACEPTIVE_MEASURE VERIFICATION"));
    }

    @Test
    void aVillageOfficerLearnsOnlyThatAMeasureIsRecorded() {
        long id = awayWithMeasure("官员不见");
        login("chengguan.officer", HomeView.class);
        assertThat(measures.state(id)).isPresent();
        assertThatThrownBy(() -> measures.open(id, ReadReason.SERVICE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> measures.save(id, 0, new MeasureDetails(ContraceptiveMethod.PILL, null, "")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherTownshipCannotSeeOrChangeAnyOfTheSixOnesThroughTheServicesOrSql() {
        long id = awayWithMeasure("隔离六一");
        certificates.save(id, null, -1, new CertificateDetails("ISO-" + id, today.date(), today.date().plusYears(1)));
        services.save(id, null, -1, new ServiceDetails(today.date(), Set.of(HealthServiceKind.OTHER),
                ServicePlace.DESTINATION, "某地"));

        login("fujia.staff", HomeView.class);
        assertThatThrownBy(() -> sixOnes.checklist(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> measures.open(id, ReadReason.SERVICE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.save(id, null, -1, new ServiceDetails(today.date(),
                Set.of(HealthServiceKind.OTHER), ServicePlace.DESTINATION, "某地")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(certificates.register("ISO-" + id, 0, 100)).isEmpty();
        assertThat(certificates.withNumber("ISO-" + id)).isEmpty();
        assertThat(services.due(null, 0, 10_000)).noneMatch(d -> d.personId() == id);
        assertThat(sixOnes.persons(null, 0, 10_000)).noneMatch(p -> p.personId() == id);
        for (String table : new String[] {"contraceptive_measure", "certificate_issue", "health_service",
                "management_contract", "fp_association"}) {
            assertThatThrownBy(() -> sqlAsTenant(TenantCode.of(FUJIA), "select count(*) from t_621227100." + table))
                    .as(table).hasStackTraceContaining("permission denied");
        }
        assertThatThrownBy(() -> sqlAsTenant(TenantCode.of(FUJIA),
                "update t_621227100.certificate_issue set valid_until = current_date + 3650"))
                .hasStackTraceContaining("permission denied");
        assertThat(trips.list(new cn.gongguan.outflow.OutflowFilter(null, null, null), PageRequest.of(0, 1000)))
                .noneMatch(t -> t.getPerson().getId() == id);
    }
}
