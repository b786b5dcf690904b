package cn.gongguan.fivestep.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.FollowUp;
import cn.gongguan.fivestep.FollowUpKind;
import cn.gongguan.fivestep.FollowUpOutcome;
import cn.gongguan.fivestep.FollowUps;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 三跟踪: each user's worklist holds their own follow-ups that are due soon or overdue, overdue ones marked. */
class FollowUpsUiTest extends UiTest {

    @Autowired
    PersonRegistry registry;
    @Autowired
    FollowUps followUps;

    @Test
    void theWorklistShowsWhatIsDueOrOverdueForTheUserOnly() {
        login("chengguan.admin", HomeView.class);
        Person person = registry.register(PersonFixtures.details("跟踪对象",
                PersonFixtures.newIdNumber(LocalDate.of(1992, 2, 2), Sex.FEMALE)));
        FollowUp adminsOwn = followUps.schedule(person.getId(), FollowUpKind.SERVICE, LocalDate.now(CountyTime.ZONE), "孕检后回访");
        logout();

        login("chengguan.staff", HomeView.class);
        LocalDate today = LocalDate.now(CountyTime.ZONE);
        FollowUp overdue = followUps.schedule(person.getId(), FollowUpKind.KEY_GROUP, today, "上门随访");
        FollowUp soon = followUps.schedule(person.getId(), FollowUpKind.PUBLICITY, today.plusDays(3), "宣传生殖保健知识");
        FollowUp later = followUps.schedule(person.getId(), FollowUpKind.PUBLICITY, today.plusDays(30), "下月宣传");
        asOwner().sql("update t_621227100.follow_up set due_on = ? where id = ?")
                .params(java.sql.Date.valueOf(today.minusDays(2)), overdue.getId()).update();
        followUps.complete(soon.getId(), soon.getVersion(), today, FollowUpOutcome.INFORMED, "");
        FollowUp another = followUps.schedule(person.getId(), FollowUpKind.PUBLICITY, today.plusDays(6), "再次宣传");

        UI.getCurrent().navigate(FollowUpsView.class);
        FollowUpsView view = _get(FollowUpsView.class);
        List<FollowUp> rows = IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
        assertThat(rows).extracting(FollowUp::getId).contains(overdue.getId(), another.getId())
                .doesNotContain(soon.getId(), later.getId(), adminsOwn.getId());
        assertThat(rows.indexOf(rows.stream().filter(f -> f.getId().equals(overdue.getId())).findFirst().orElseThrow()))
                .isLessThan(rows.indexOf(rows.stream().filter(f -> f.getId().equals(another.getId())).findFirst().orElseThrow()));
        FollowUp shownOverdue = rows.stream().filter(f -> f.getId().equals(overdue.getId())).findFirst().orElseThrow();
        assertThat(view.grid.getPartNameGenerator().apply(shownOverdue)).isEqualTo("gg-overdue");
        assertThat(_get(view, H2.class, spec -> spec.withId("follow-ups-title")).getText()).contains("逾期 1 项");
    }

    @Test
    void anotherTownshipsUserHasNoneOfThemInTheirWorklist() {
        login("chengguan.staff", HomeView.class);
        Person person = registry.register(PersonFixtures.details("外镇跟踪",
                PersonFixtures.newIdNumber(LocalDate.of(1992, 3, 3), Sex.FEMALE)));
        FollowUp followUp = followUps.schedule(person.getId(), FollowUpKind.KEY_GROUP, LocalDate.now(CountyTime.ZONE), "随访");
        logout();
        login("fujia.staff", HomeView.class);
        assertThat(followUps.worklist()).extracting(FollowUp::getPlan).doesNotContain("随访");
        assertThat(asOwner().sql("select count(*) from t_621227101.follow_up where plan = '随访'").query(Long.class).single())
                .isZero();
        assertThat(asOwner().sql("select count(*) from t_621227100.follow_up where id = ?").param(followUp.getId())
                .query(Long.class).single()).isOne();
    }
}
