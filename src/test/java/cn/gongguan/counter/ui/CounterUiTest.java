package cn.gongguan.counter.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.counter.CounterService;
import cn.gongguan.fivestep.ui.VisitDialog;
import cn.gongguan.outflow.OutflowFixtures;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.outflow.ui.CertificateDialog;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.registry.ui.PersonDialog;
import cn.gongguan.security.ReadReason;
import cn.gongguan.ui.HomeView;
import cn.gongguan.uikit.ChecklistCard;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The counter on screen: a person looked up by a typed or scanned ID number, a wrong number refused at the field,
 * what is due done from the counter with the features' own dialogs, an unknown person registered, services recorded
 * in the counter's log; only the township's staff get in.
 */
class CounterUiTest extends UiTest {

    private static final String XIANNONG = "621227100200";

    @Autowired
    PersonRegistry registry;
    @Autowired
    OutflowTrips trips;
    @Autowired
    Divisions divisions;
    @Autowired
    Today today;

    private CounterView counter(String user) {
        login(user, HomeView.class);
        UI.getCurrent().navigate(CounterView.class);
        return _get(CounterView.class);
    }

    /** Types the number and clicks the button. */
    private static void typeAndLookUp(CounterView view, String number) {
        _setValue(view.idNumber, number);
        _click(view.lookup);
    }

    /** What a scanner does: the 18 characters typed into the field, then Enter. */
    private static void scan(CounterView view, String number) {
        _setValue(view.idNumber, number);
        ShortcutsKt._fireShortcut(view.idNumber, Key.ENTER);
    }

    private static String state(String due) {
        return _get(ChecklistCard.class, spec -> spec.withId("counter-due-" + due)).state.getText();
    }

    private Person inflowArrived(String name, LocalDate arrived, boolean certificateChecked) {
        PersonDetails details = PersonFixtures.details(name,
                PersonFixtures.newIdNumber(LocalDate.of(1990, 5, 6), Sex.FEMALE));
        details.setArrivalDate(arrived);
        details.setCertificateChecked(certificateChecked);
        return registry.register(details);
    }

    @Nested
    class LookUp {

        @Test
        void aScannedNumberShowsTheInflowPersonAndTheVisitDueWhichIsRecordedRightThere() {
            CounterView view = counter("chengguan.staff");
            Person person = inflowArrived("扫码来人", today.date().minusDays(10), true);
            scan(view, person.getIdNumber().value());
            assertThat(_get(H3.class, spec -> spec.withText("扫码来人"))).isNotNull();
            assertThat(_get(Paragraph.class, spec -> spec.withId("counter-person-facts")).getText())
                    .contains(person.getIdNumber().masked(), "流入").doesNotContain(person.getIdNumber().value());
            assertThat(state("visit")).as("a week from the day registered, later than arrived")
                    .isEqualTo(today.date().plusDays(7) + " 前办理");
            _assertNone(ChecklistCard.class, spec -> spec.withId("counter-due-check_certificate"));

            _click(_get(Button.class, spec -> spec.withId("counter-record-visit")));
            VisitDialog visit = _get(VisitDialog.class);
            _setValue(_get(TextArea.class, spec -> spec.withId("visit-note")), "窗口登记时了解了家庭情况");
            _click(visit.save);
            _assertNone(ChecklistCard.class, spec -> spec.withId("counter-due-visit"));
            assertThat(state("delivery")).isEqualTo("未完成");
        }

        @Test
        void aTypedNumberWithALowerCaseXAndSpacesFindsThePerson() {
            CounterView view = counter("chengguan.staff");
            String number = numberEndingInX();
            PersonDetails details = PersonFixtures.details("小写艾克斯", number);
            details.setCertificateChecked(true);
            registry.register(details);
            typeAndLookUp(view, " " + number.substring(0, 6) + " " + number.substring(6).toLowerCase(Locale.ROOT));
            assertThat(view.idNumber.isInvalid()).isFalse();
            _get(H3.class, spec -> spec.withText("小写艾克斯"));
        }

        @Test
        void aWrongNumberIsRefusedAtTheFieldAndStaysThereToBeCorrected() {
            CounterView view = counter("chengguan.staff");
            String number = PersonFixtures.newIdNumber(LocalDate.of(1990, 5, 6), Sex.MALE);
            String wrong = number.substring(0, 17) + (number.charAt(17) == '1' ? "2" : "1");
            scan(view, wrong);
            assertThat(view.idNumber.isInvalid()).isTrue();
            assertThat(view.idNumber.getErrorMessage()).startsWith("公民身份号码校验位不符");
            assertThat(view.idNumber.getValue()).isEqualTo(wrong);
            _assertNone(Button.class, spec -> spec.withId("counter-register"));

            typeAndLookUp(view, number.substring(0, 16));
            assertThat(view.idNumber.getErrorMessage()).startsWith("公民身份号码应为 18 位");
        }

        @Test
        void nextClearsThePersonAndTheField() {
            CounterView view = counter("chengguan.staff");
            Person person = inflowArrived("下一位前", today.date(), true);
            scan(view, person.getIdNumber().value());
            _click(_get(Button.class, spec -> spec.withId("counter-next")));
            assertThat(view.idNumber.getValue()).isEmpty();
            _assertNone(H3.class, spec -> spec.withText("下一位前"));
        }
    }

    @Nested
    class Due {

        @Test
        void anOutflowPersonWithoutCertificateGetsOneIssuedAndTheCounterLogsIt() {
            login("chengguan.staff", HomeView.class);
            Person person = trips.depart(OutflowFixtures.person("窗口发证", XIANNONG),
                    OutflowFixtures.trip(today.date().minusDays(40), OutflowFixtures.CHUNXILU), TripSource.TOWNSHIP)
                    .getPerson();
            CounterView view = counter("chengguan.staff");
            scan(view, person.getIdNumber().value());
            assertThat(state("issue_certificate")).isEqualTo("未完成");
            _get(ChecklistCard.class, spec -> spec.withId("counter-due-health_service"));

            _click(_get(Button.class, spec -> spec.withId("counter-issue-certificate")));
            CertificateDialog dialog = _get(CertificateDialog.class);
            _setValue(_get(TextField.class, spec -> spec.withId("certificate-number")), "CK-" + person.getId());
            _click(dialog.save);
            assertThat(dialog.isOpened()).isFalse();
            _assertNone(ChecklistCard.class, spec -> spec.withId("counter-due-issue_certificate"));
            assertThat(_get(view, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("counter-served"))
                    .getElement().getTextRecursively()).contains("签发婚育证明", "chengguan.staff");
        }

        @Test
        void anInflowPersonWhoseCertificateIsUncheckedIsCheckedInTheRegistrysForm() {
            CounterView view = counter("chengguan.staff");
            Person person = inflowArrived("窗口验证", today.date().minusDays(1), false);
            scan(view, person.getIdNumber().value());
            _click(_get(Button.class, spec -> spec.withId("counter-check-certificate")));
            PersonDialog dialog = _get(PersonDialog.class);
            _get(dialog, com.vaadin.flow.component.checkbox.Checkbox.class).setValue(true);
            _click(dialog.save);
            _assertNone(ChecklistCard.class, spec -> spec.withId("counter-due-check_certificate"));
            assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("counter-served"))
                    .getElement().getTextRecursively()).contains("查验婚育证明");
        }

        @Test
        void anUnknownPersonIsRegisteredAsAnInflowPersonWithTheNumberFilledIn() {
            CounterView view = counter("chengguan.staff");
            String number = PersonFixtures.newIdNumber(LocalDate.of(1988, 8, 8), Sex.MALE);
            scan(view, number);
            assertThat(_get(Paragraph.class, spec -> spec.withText(
                    "身份证号码 " + new IdNumber(number).masked() + " 在本镇没有登记。如是新来的流入人员，请登记。"))).isNotNull();
            _click(_get(Button.class, spec -> spec.withId("counter-register")));
            PersonDialog dialog = _get(PersonDialog.class);
            assertThat(_get(TextField.class, spec -> spec.withId("person-idNumber")).getValue()).isEqualTo(number);
            _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("姓名")), "新来窗口");
            @SuppressWarnings("unchecked")
            ComboBox<cn.gongguan.reference.Division> place = _get(ComboBox.class,
                    spec -> spec.withId("person-registrationPlace"));
            _setValue(place, divisions.find("510107001").orElseThrow());
            _click(dialog.save);
            assertThat(dialog.isOpened()).isFalse();
            _get(H3.class, spec -> spec.withText("新来窗口"));
            assertThat(registry.find(new IdNumber(number)).orElseThrow().getFlowType())
                    .isEqualTo(FlowType.INFLOW);
        }
    }

    @Test
    void aServiceWithANoteIsLoggedAndTheNoteOpensOnlyForAReason() {
        CounterView view = counter("chengguan.staff");
        Person person = inflowArrived("咨询来人", today.date().minusDays(2), true);
        scan(view, person.getIdNumber().value());
        _click(_get(Button.class, spec -> spec.withId("counter-record-service")));
        ServiceDialog dialog = _get(ServiceDialog.class);
        _setValue(dialog.note, "咨询孕前检查");
        _click(dialog.save);
        assertThat(dialog.service.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(dialog.note.getValue()).isEqualTo("咨询孕前检查");
        _setValue(dialog.service, CounterService.CONSULTATION);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();

        UI.getCurrent().navigate(CounterLogView.class);
        CounterLogView log = _get(CounterLogView.class);
        assertThat(GridKt._size(log.grid)).isPositive();
        int row = java.util.stream.IntStream.range(0, GridKt._size(log.grid))
                .filter(i -> GridKt._get(log.grid, i).name().equals("咨询来人")).findFirst().orElseThrow();
        assertThat(GridKt.getPresentationValue(log.grid.getColumns().get(3), GridKt._get(log.grid, row)))
                .isEqualTo("咨询");
        assertThat(log.getElement().getTextRecursively()).doesNotContain("孕前");
        Button open = (Button) GridKt._getCellComponent(log.grid, row, "note");
        _click(open);
        _click(_get(Button.class, spec -> spec.withId("sealed-note-read")));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<ReadReason> reason = _get(
                com.vaadin.flow.component.select.Select.class, spec -> spec.withId("sealed-note-reason"));
        assertThat(reason.isInvalid()).as("no reason, no note").isTrue();
        _assertNone(Paragraph.class, spec -> spec.withId("sealed-note-text"));
        _setValue(reason, ReadReason.SERVICE);
        _click(_get(Button.class, spec -> spec.withId("sealed-note-read")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("sealed-note-text")).getText()).isEqualTo("咨询孕前检查");
    }

    @Test
    void onlyTheTownshipsAdministratorAndStaffGetIn() {
        counter("chengguan.admin");
        for (String user : new String[] {"chengguan.officer", "chengguan.group", "beijie.clerk", "county.admin",
                "chengguan.sysadmin"}) {
            login(user, HomeView.class);
            assertThatThrownBy(() -> UI.getCurrent().navigate(CounterView.class)).as(user)
                    .hasMessageContaining("denied");
            assertThatThrownBy(() -> UI.getCurrent().navigate(CounterLogView.class)).as(user)
                    .hasMessageContaining("denied");
        }
    }

    /** A fresh ID number whose check character is X. */
    private static String numberEndingInX() {
        while (true) {
            String number = PersonFixtures.newIdNumber(LocalDate.of(1985, 2, 3), Sex.FEMALE);
            if (number.endsWith("X")) {
                return number;
            }
        }
    }
}
