package cn.gongguan.registry.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.TwoEditors;
import cn.gongguan.UiTest;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.Sex;
import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.fivestep.Step;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.KeyGroup;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/** Registering and finding newcomers through the registry screens. */
class RegistryUiTest extends UiTest {

    @Autowired
    Divisions divisions;
    @Autowired
    PersonRegistry registry;
    @Autowired
    FiveSteps fiveSteps;
    @Autowired
    ObjectProvider<PersonDialog> personDialogs;
    @Autowired
    TwoEditors editors;
    @Autowired
    OrgUnits orgUnits;

    @Test
    void aNewcomerIsRegisteredThroughTheFormAndAWrongIdNumberIsToldAtTheField() {
        login("chengguan.staff", RegistryView.class);
        _click(_get(Button.class, spec -> spec.withId("register-person")));
        PersonDialog dialog = _get(PersonDialog.class);
        String id = PersonFixtures.newIdNumber(LocalDate.of(1993, 6, 6), Sex.FEMALE);
        _setValue(dialog.name, "周敏");
        _setValue(dialog.idNumber, id.substring(0, 17) + (id.charAt(17) == '1' ? "2" : "1"));
        _setValue(dialog.registrationPlace, divisions.find("510107001").orElseThrow());
        _setValue(dialog.arrivalDate, LocalDate.of(2026, 11, 20));
        _click(dialog.save);

        assertThat(dialog.idNumber.isInvalid()).isTrue();
        assertThat(dialog.idNumber.getErrorMessage()).startsWith("公民身份号码校验位不符");
        assertThat(dialog.name.getValue()).isEqualTo("周敏");
        assertThat(dialog.registrationPlace.getValue().code()).isEqualTo("510107001");

        _setValue(dialog.idNumber, id);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        RegistryView view = _get(RegistryView.class);
        List<Person> rows = rows(view);
        assertThat(rows).extracting(Person::getName).contains("周敏");
        assertThat(rows).filteredOn(p -> p.getName().equals("周敏")).singleElement().satisfies(p -> {
            assertThat(p.getFlowType()).isEqualTo(FlowType.INFLOW);
            assertThat(GridKt._getFormattedRow(view.grid, rows.indexOf(p))).doesNotContain(id).contains(p.getIdNumber().masked());
        });
    }

    @Test
    void aSaveAfterSomeoneElseSavedTellsWhoAndWhenKeepsWhatWasTypedAndOffersTheirVersion() {
        login("chengguan.staff", RegistryView.class);
        String id = register("钱进", LocalDate.of(1987, 7, 7), Sex.MALE);
        Person person = registry.list(new cn.gongguan.registry.PersonFilter(id, null, null, null),
                org.springframework.data.domain.PageRequest.of(0, 1)).getFirst();
        PersonDialog dialog = personDialogs.getObject();
        dialog.openEdit(person);
        _setValue(dialog.phone, "13700000007");
        editors.as("chengguan.admin", () -> {
            var theirs = person.details();
            theirs.setEmployer("同事所填单位");
            return registry.update(person.getId(), person.getVersion(), theirs);
        });
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.phone.getValue()).isEqualTo("13700000007");
        assertThat(_get(dialog, Div.class, spec -> spec.withId("form-notice")).getElement().getTextRecursively())
                .containsPattern("chengguan.admin 已于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 保存了这条记录");
        _click(_get(dialog, Button.class, spec -> spec.withId("form-notice-action")));
        assertThat(dialog.employer.getValue()).isEqualTo("同事所填单位");
        assertThat(registry.find(person.getId()).orElseThrow().getPhone()).isNotEqualTo("13700000007");
    }

    @Test
    void aRepeatedIdNumberOpensTheExistingRecordInsteadOfADuplicate() {
        login("chengguan.staff", RegistryView.class);
        String id = register("吴刚", LocalDate.of(1988, 8, 8), Sex.MALE);
        _click(_get(Button.class, spec -> spec.withId("register-person")));
        PersonDialog dialog = _get(PersonDialog.class);
        _setValue(dialog.name, "吴刚刚");
        _setValue(dialog.idNumber, id);
        _setValue(dialog.registrationPlace, divisions.find("510107001").orElseThrow());
        _click(dialog.save);

        Div notice = _get(dialog, Div.class, spec -> spec.withId("form-notice"));
        assertThat(notice.getElement().getTextRecursively()).contains("吴刚");
        _click(_get(dialog, Button.class, spec -> spec.withId("form-notice-action")));
        assertThat(dialog.name.getValue()).isEqualTo("吴刚");
        assertThat(dialog.idNumber.isReadOnly()).isTrue();
    }

    @Test
    void anOfficerTypingANumberOfAnotherVillageIsToldOnlyThatTheTownshipHasIt() {
        var officer = login("chengguan.officer", RegistryView.class);
        OrgUnit own = orgUnits.active().stream().filter(u -> u.getCode().equals(officer.orgUnit())).findFirst()
                .orElseThrow();
        OrgUnit other = orgUnits.active().stream().filter(u -> !u.getCode().equals(officer.orgUnit())).findFirst()
                .orElseThrow();
        logout();
        login("chengguan.staff", RegistryView.class);
        String id = PersonFixtures.newIdNumber(LocalDate.of(1987, 7, 7), Sex.FEMALE);
        var details = PersonFixtures.details("邻村的人", id);
        details.setOrgUnit(other.getCode());
        registry.register(details);
        logout();

        login("chengguan.officer", RegistryView.class);
        _click(_get(Button.class, spec -> spec.withId("register-person")));
        PersonDialog dialog = _get(PersonDialog.class);
        _setValue(dialog.name, "本村新人");
        _setValue(dialog.idNumber, id);
        _setValue(dialog.registrationPlace, divisions.find("510107001").orElseThrow());
        _setValue(dialog.orgUnit, own);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.idNumber.isInvalid()).isTrue();
        assertThat(dialog.idNumber.getErrorMessage()).isEqualTo("该身份证号已在本乡镇登记，不能重复登记。如需办理，请联系乡镇计生办。");
        _assertNone(dialog, Div.class, spec -> spec.withId("form-notice"));
        assertThat(dialog.getElement().getTextRecursively()).doesNotContain("邻村的人", other.getName());
        assertThat(dialog.name.getValue()).isEqualTo("本村新人");
    }

    @Test
    void aGroupOfficerListsTheGroupsPersonsOnlyAndTheVillageOfficerTheVillagesWithItsGroups() {
        var groupOfficer = login("chengguan.group", RegistryView.class);
        String group = groupOfficer.orgUnit();
        String village = OrgUnits.villageOf(group);
        String otherGroup = orgUnits.groupsOf(village).stream().map(OrgUnit::getCode)
                .filter(code -> !code.equals(group)).findFirst().orElseThrow();
        assertThat(menu()).contains("人员登记", "一访（走访）");
        logout();
        login("chengguan.staff", RegistryView.class);
        String name = "分组列表甲";
        for (String unit : List.of(group, otherGroup, village)) {
            var details = PersonFixtures.details(name, PersonFixtures.newIdNumber(LocalDate.of(1992, 2, 2), Sex.MALE));
            details.setOrgUnit(unit);
            registry.register(details);
        }
        logout();

        login("chengguan.group", RegistryView.class);
        RegistryView view = _get(RegistryView.class);
        assertThat(view.orgUnit.isVisible()).as("one group: nothing to choose").isFalse();
        _setValue(view.search, name);
        assertThat(rows(view)).extracting(Person::getOrgUnit).containsExactly(group);
        logout();

        login("chengguan.officer", RegistryView.class);
        view = _get(RegistryView.class);
        assertThat(view.orgUnit.getListDataView().getItems()).extracting(OrgUnit::getCode)
                .as("the village and its groups").startsWith(village).contains(group, otherGroup)
                .allSatisfy(code -> assertThat(code).startsWith(village));
        _setValue(view.search, name);
        assertThat(rows(view)).extracting(Person::getOrgUnit).containsExactlyInAnyOrder(group, otherGroup, village);
        _setValue(view.orgUnit, view.orgUnit.getListDataView().getItems()
                .filter(u -> u.getCode().equals(otherGroup)).findFirst().orElseThrow());
        assertThat(rows(view)).extracting(Person::getOrgUnit).containsExactly(otherGroup);
    }

    @Test
    void searchingByInitialsNarrowsTheList() {
        login("chengguan.staff", RegistryView.class);
        register("郑小龙", LocalDate.of(1990, 1, 1), Sex.MALE);
        RegistryView view = _get(RegistryView.class);
        _setValue(view.search, "zxl");
        assertThat(rows(view)).isNotEmpty().allSatisfy(p -> assertThat(p.getName()).startsWith("郑小"));
    }

    @Test
    void theRegistryIsInTheMenuOfRegistryRolesOnly() {
        login("chengguan.staff", RegistryView.class);
        assertThat(menu()).contains("人员登记");
        logout();
        login("county.admin", cn.gongguan.ui.HomeView.class);
        assertThat(menu()).doesNotContain("人员登记");
    }

    @Test
    void theKeyGroupAndOpenStepFiltersNarrowTheList() {
        login("chengguan.staff", RegistryView.class);
        String woman = "筛选育龄妇女";
        String older = "筛选年长妇女";
        String man = "筛选男性";
        register(woman, LocalDate.of(1990, 3, 3), Sex.FEMALE);
        register(older, LocalDate.of(1960, 3, 3), Sex.FEMALE);
        register(man, LocalDate.of(1990, 3, 3), Sex.MALE);
        RegistryView view = _get(RegistryView.class);
        _setValue(view.search, "筛选");
        _setValue(view.keyGroup, KeyGroup.MARRIED_WOMEN_OF_CHILDBEARING_AGE);
        assertThat(rows(view)).extracting(Person::getName).containsExactly(woman);

        _setValue(view.keyGroup, null);
        var openStep = view.conditions.keySet().iterator().next();
        _setValue(openStep, Step.VISIT);
        assertThat(rows(view)).extracting(Person::getName).containsExactlyInAnyOrder(woman, older, man);
        Person visited = rows(view).stream().filter(p -> p.getName().equals(man)).findFirst().orElseThrow();
        fiveSteps.recordVisit(visited.getId(), LocalDate.of(2026, 11, 2), "走访");
        view.grid.getDataProvider().refreshAll();
        assertThat(rows(view)).extracting(Person::getName).containsExactlyInAnyOrder(woman, older);
    }

    @Test
    void clickingARowOpensThePersonsChecklist() {
        login("chengguan.staff", RegistryView.class);
        String name = "点击打开";
        register(name, LocalDate.of(1991, 1, 1), Sex.MALE);
        RegistryView view = _get(RegistryView.class);
        _setValue(view.search, name);
        GridKt._clickItem(view.grid, 0);
        assertThat(_get(cn.gongguan.fivestep.ui.PersonView.class)).isNotNull();
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withText(name))).isNotNull();
    }

    private String register(String name, LocalDate birth, Sex sex) {
        String id = PersonFixtures.newIdNumber(birth, sex);
        registry.register(PersonFixtures.details(name, id));
        return id;
    }

    private static List<String> menu() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private static List<Person> rows(RegistryView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(row -> GridKt._get(view.grid, row)).toList();
    }
}
