package cn.gongguan.counter.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.counter.Counter;
import cn.gongguan.counter.CounterService;
import cn.gongguan.counter.CounterVisit;
import cn.gongguan.counter.CounterVisits;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.ReadReason;
import cn.gongguan.ui.HomeView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Another township's staff cannot find this township's person at the counter, nor read its counter log: not on
 * screen, not through the services, not with hand-written SQL as their township's database role.
 */
class CounterIsolationTest extends UiTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final TenantCode FUJIA = TenantCode.of("621227101");

    @Autowired
    PersonRegistry registry;
    @Autowired
    Counter counter;
    @Autowired
    CounterVisits visits;
    @Autowired
    Today today;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactionManager;

    private Person person;
    private CounterVisit visit;

    @BeforeEach
    void aPersonServedAtChengguansCounter() {
        login("chengguan.staff", HomeView.class);
        person = registry.register(PersonFixtures.details("城关窗口人",
                PersonFixtures.newIdNumber(LocalDate.of(1993, 9, 9), Sex.FEMALE)));
        visit = visits.record(person.getId(), CounterService.CONSULTATION, "城关的备注");
    }

    @Test
    void anotherTownshipsCounterDoesNotFindThePerson() {
        login("fujia.staff", HomeView.class);
        UI.getCurrent().navigate(CounterView.class);
        CounterView view = _get(CounterView.class);
        _setValue(view.idNumber, person.getIdNumber().value());
        _click(view.lookup);
        _get(Button.class, spec -> spec.withId("counter-register"));
        _assertNone(H3.class, spec -> spec.withText("城关窗口人"));
    }

    @Test
    void anotherTownshipsServicesNeitherFindThePersonNorReadTheLog() {
        login("fujia.staff", HomeView.class);
        assertThat(counter.lookup(person.getIdNumber().value()).person()).isEmpty();
        // ids are each unit's own: 伏家镇 may hold a person of its own under the same number
        boolean fujiaHasTheId = asOwner().sql("select count(*) from t_621227101.person where id = ?")
                .param(person.getId()).query(Long.class).single() > 0;
        if (!fujiaHasTheId) {
            assertThatThrownBy(() -> counter.due(person.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> visits.record(person.getId(), CounterService.OTHER, null))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(visits.day(today.date(), 0, 1000)).noneMatch(e -> e.name().equals("城关窗口人"));
        boolean fujiaHasTheVisit = asOwner().sql("select count(*) from t_621227101.counter_visit where id = ?")
                .param(visit.getId()).query(Long.class).single() > 0;
        if (!fujiaHasTheVisit) {
            assertThatThrownBy(() -> visits.openNote(visit.getId(), ReadReason.SERVICE))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anotherTownshipsDatabaseRoleCannotReadTheCounterLog() {
        assertThat(((Number) sqlAs(CHENGGUAN, "select count(*) from counter_visit where id = " + visit.getId()))
                .longValue()).as("its own township's role reads it").isOne();
        assertThatThrownBy(() -> sqlAs(FUJIA, "select count(*) from t_621227100.counter_visit"))
                .hasStackTraceContaining("permission denied for schema t_621227100");
    }

    private Object sqlAs(TenantCode tenant, String sql) {
        return TenantContext.callAs(tenant, () -> new TransactionTemplate(transactionManager)
                .execute(status -> entityManager.createNativeQuery(sql).getSingleResult()));
    }
}
