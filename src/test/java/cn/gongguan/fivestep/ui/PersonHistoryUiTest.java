package cn.gongguan.fivestep.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.Archive;
import cn.gongguan.fivestep.Archives;
import cn.gongguan.platform.history.Change;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.registry.ui.PersonDialog;
import cn.gongguan.ui.HomeView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The person's page shows who changed which field of the person or an archive, from what to what, and when. */
class PersonHistoryUiTest extends UiTest {

    @Autowired
    PersonRegistry registry;
    @Autowired
    Archives archives;

    @Test
    void anEditOfThePersonIsShownWithWhoChangedWhatAndWhen() {
        login("chengguan.admin", HomeView.class);
        PersonDetails details = PersonFixtures.details("历史显示", PersonFixtures.newIdNumber(LocalDate.of(1990, 4, 4),
                Sex.MALE));
        details.setPhone("13800000001");
        Person person = registry.register(details);
        PersonDetails changed = person.details();
        changed.setFlowType(FlowType.INTRA_COUNTY);
        registry.update(person.getId(), person.getVersion(), changed);
        logout();

        login("chengguan.staff", HomeView.class);
        UI.getCurrent().navigate("persons/" + person.getId());
        PersonView view = _get(PersonView.class);
        _click(_get(view, Button.class, spec -> spec.withId("edit-person")));
        PersonDialog dialog = _get(PersonDialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("person-phone")), "13900000002");
        _click(_get(dialog, Button.class, spec -> spec.withId("save-person")));

        assertThat(registry.history(person.getId())).hasSize(2).first().satisfies(latest -> {
            assertThat(latest.revisedBy()).isEqualTo("chengguan.staff");
            assertThat(latest.changes()).containsExactly(new Change("phone", "13800000001", "13900000002"));
        });
        String shown = view.history.getElement().getTextRecursively();
        assertThat(shown).contains("修改记录", "chengguan.staff 于 ", "联系电话：13800000001 → 13900000002",
                "chengguan.admin 于 ", "流动类型：");
        assertThat(shown.indexOf("chengguan.staff")).isLessThan(shown.indexOf("chengguan.admin"));
        assertThat(shown).containsPattern("于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} 修改");
    }

    @Test
    void theArchiveDialogShowsTheArchivesEarlierVersions() {
        login("chengguan.staff", HomeView.class);
        Person person = registry.register(PersonFixtures.details("档案历史显示",
                PersonFixtures.newIdNumber(LocalDate.of(1990, 4, 4), Sex.MALE)));
        archives.save(person.getId(), Archive.HOUSEHOLD, -1, Map.of("householdSize", "3", "housing", "RENTED"));
        archives.save(person.getId(), Archive.HOUSEHOLD, 0, Map.of("householdSize", "4", "housing", "OWN"));

        UI.getCurrent().navigate("persons/" + person.getId());
        _click(_get(_get(PersonView.class), Button.class, spec -> spec.withId("archive-household")));
        ArchiveDialog dialog = _get(ArchiveDialog.class);
        assertThat(dialog.history.getElement().getTextRecursively())
                .contains("chengguan.staff 于 ", "3 → 4", "租住 → 自有住房");
    }
}
