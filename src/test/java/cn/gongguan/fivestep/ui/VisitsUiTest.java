package cn.gongguan.fivestep.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.fivestep.StepRecord;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 一访: newcomers not yet visited are listed until their visit is recorded. */
class VisitsUiTest extends UiTest {

    @Autowired
    PersonRegistry registry;
    @Autowired
    FiveSteps fiveSteps;

    @Test
    void aNewcomerIsListedUntilTheVisitIsRecordedAndBadInputIsToldAtTheField() {
        login("chengguan.staff", cn.gongguan.ui.HomeView.class);
        Person newcomer = register("新来人", FlowType.INFLOW);
        Person outflow = register("外出人", FlowType.OUTFLOW);
        Person intraCounty = register("县内跨乡人", FlowType.INTRA_COUNTY);
        UI.getCurrent().navigate(VisitsView.class);
        VisitsView view = _get(VisitsView.class);
        assertThat(rows(view)).extracting(Person::getId).contains(newcomer.getId(), intraCounty.getId())
                .doesNotContain(outflow.getId());

        _click((Button) GridKt._getCellComponent(view.grid, rowOf(view, newcomer), "record"));
        VisitDialog dialog = _get(VisitDialog.class);
        _setValue(dialog.visitedOn, LocalDate.now(CountyTime.ZONE).plusDays(3));
        _setValue(dialog.collected, "核实了住址和联系电话");
        _click(dialog.save);
        assertThat(dialog.visitedOn.getErrorMessage()).isEqualTo("日期不能晚于今天，也不能早于流入日期");
        assertThat(dialog.collected.getValue()).isEqualTo("核实了住址和联系电话");

        _setValue(dialog.visitedOn, LocalDate.of(2026, 11, 20));
        _setValue(dialog.collected, " ");
        _click(dialog.save);
        assertThat(dialog.collected.getErrorMessage()).isEqualTo("请写明走访收集了哪些信息");

        _setValue(dialog.collected, "核实了住址和联系电话；育龄妇女，已婚，持有婚育证明");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(rows(view)).extracting(Person::getId).doesNotContain(newcomer.getId());
        List<StepRecord> records = fiveSteps.records(newcomer.getId());
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.getDoneOn()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(r.getRecordedBy()).isEqualTo("chengguan.staff");
            assertThat(r.getNote()).startsWith("核实了住址");
        });
    }

    @Test
    void anotherTownshipsWorklistHoldsNoneOfTheseNewcomers() {
        login("chengguan.staff", cn.gongguan.ui.HomeView.class);
        Person newcomer = register("城关新人", FlowType.INFLOW);
        logout();
        login("fujia.staff", VisitsView.class);
        assertThat(rows(_get(VisitsView.class))).extracting(Person::getName).doesNotContain("城关新人");
        assertThat(registry.list(VisitsView.NOT_VISITED, org.springframework.data.domain.PageRequest.of(0, 500)))
                .noneMatch(p -> p.getIdNumber().equals(newcomer.getIdNumber()));
    }

    private Person register(String name, FlowType flowType) {
        PersonDetails details = PersonFixtures.details(name, PersonFixtures.newIdNumber(LocalDate.of(1990, 10, 10), Sex.FEMALE));
        details.setFlowType(flowType);
        return registry.register(details);
    }

    private static int rowOf(VisitsView view, Person person) {
        List<Long> ids = rows(view).stream().map(Person::getId).toList();
        assertThat(ids).contains(person.getId());
        return ids.indexOf(person.getId());
    }

    private static List<Person> rows(VisitsView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(row -> GridKt._get(view.grid, row)).toList();
    }
}
