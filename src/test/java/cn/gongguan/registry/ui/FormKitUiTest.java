package cn.gongguan.registry.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonLimits;
import cn.gongguan.registry.PersonRegistry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/** The form kit as users meet it in the person form: limits, refusals at the field, stale saves, saved events. */
class FormKitUiTest extends UiTest {

    @Autowired
    PersonRegistry registry;
    @Autowired
    ObjectProvider<PersonDialog> dialogs;
    @Autowired
    Divisions divisions;

    @Test
    void textFieldsCarryTheDeclaredLimitAndTheRequiredIndicator() {
        login("chengguan.staff", RegistryView.class);
        PersonDialog dialog = dialogs.getObject();
        dialog.openNew();

        assertThat(dialog.name.getMaxLength()).isEqualTo(PersonLimits.NAME.maxLength()).isEqualTo(50);
        assertThat(dialog.address.getMaxLength()).isEqualTo(PersonLimits.ADDRESS.maxLength()).isEqualTo(200);
        assertThat(dialog.certificatePlace.getMaxLength()).isEqualTo(PersonLimits.CERTIFICATE_PLACE.maxLength());
        assertThat(dialog.name.isRequiredIndicatorVisible()).isTrue();
        assertThat(dialog.idNumber.isRequiredIndicatorVisible()).isTrue();
        assertThat(dialog.address.isRequiredIndicatorVisible()).isFalse();
        // never wider than a phone's screen (390 px), one column there and two from 30rem
        assertThat(dialog.getWidth()).isEqualTo("min(48rem, 100vw)");
        assertThat(_get(dialog, FormLayout.class).getResponsiveSteps()).hasSize(2);
    }

    @Test
    void anOverlongValueIsRefusedAtItsFieldInChineseAndEverythingTypedStays() {
        login("chengguan.staff", RegistryView.class);
        PersonDialog dialog = dialogs.getObject();
        dialog.openNew();
        String id = PersonFixtures.newIdNumber(LocalDate.of(1992, 4, 4), Sex.MALE);
        _setValue(dialog.name, "冯超");
        _setValue(dialog.idNumber, id);
        _setValue(dialog.registrationPlace, divisions.find("510107001").orElseThrow());
        _setValue(dialog.address, "长".repeat(201));
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.address.isInvalid()).isTrue();
        assertThat(dialog.address.getErrorMessage()).isEqualTo("不能超过 200 个字");
        assertThat(dialog.name.getValue()).isEqualTo("冯超");
        assertThat(dialog.idNumber.getValue()).isEqualTo(id);
        assertThat(dialog.address.getValue()).hasSize(201);
    }

    @Test
    void aBlankRequiredFieldIsRefusedAtTheFieldAndTheFormStaysOpen() {
        login("chengguan.staff", RegistryView.class);
        Person person = register("韩雪");
        PersonDialog dialog = dialogs.getObject();
        dialog.openEdit(person);
        _setValue(dialog.name, "  ");
        _setValue(dialog.employer, "城关砖厂");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(dialog.employer.getValue()).isEqualTo("城关砖厂");
    }

    @Test
    void aSaveFiresTheSavedEventWithTheRecordAsSaved() {
        login("chengguan.staff", RegistryView.class);
        Person person = register("秦岭");
        PersonDialog dialog = dialogs.getObject();
        List<Person> saved = new ArrayList<>();
        dialog.addSavedListener(event -> saved.add(event.saved()));
        dialog.openEdit(person);
        _setValue(dialog.phone, "13712345678");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(saved).singleElement().satisfies(p -> assertThat(p.getPhone()).isEqualTo("13712345678"));
    }

    @Test
    void aSaveAfterAColleaguesSaveIsToldWhoAndWhenAndReloadsTheCurrentRecord() {
        login("chengguan.staff", RegistryView.class);
        Person person = register("魏平");
        PersonDialog first = dialogs.getObject();
        PersonDialog second = dialogs.getObject();
        first.openEdit(person);
        second.openEdit(person);
        _setValue(first.phone, "13811112222");
        _click(first.save);
        _setValue(second.employer, "县医院");
        _click(second.save);

        Person current = registry.find(person.getId()).orElseThrow();
        Div notice = _get(second, Div.class, spec -> spec.withId("form-notice"));
        assertThat(notice.getElement().getTextRecursively())
                .contains("chengguan.staff 已于 " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(current.getUpdatedAt().atZone(CountyTime.ZONE)) + " 保存了这条记录");
        assertThat(second.isOpened()).isTrue();
        assertThat(second.employer.getValue()).isEqualTo("县医院");
        assertThat(current.getPhone()).isEqualTo("13811112222");

        _click(_get(second, Button.class, spec -> spec.withId("form-notice-action")));
        assertThat(second.phone.getValue()).isEqualTo("13811112222");
        assertThat(second.employer.getValue()).isEmpty();
        _setValue(second.employer, "县医院");
        _click(second.save);
        assertThat(second.isOpened()).isFalse();
        assertThat(registry.find(person.getId()).orElseThrow())
                .satisfies(p -> assertThat(p.getPhone()).isEqualTo("13811112222"))
                .satisfies(p -> assertThat(p.details().getEmployer()).isEqualTo("县医院"));
    }

    private Person register(String name) {
        return registry.register(PersonFixtures.details(name, PersonFixtures.newIdNumber(LocalDate.of(1990, 5, 5),
                Sex.FEMALE)));
    }
}
