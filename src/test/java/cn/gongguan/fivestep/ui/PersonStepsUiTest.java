package cn.gongguan.fivestep.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.exchange.FeedbackOutcome;
import cn.gongguan.exchange.Message;
import cn.gongguan.fivestep.Archive;
import cn.gongguan.fivestep.Delivery;
import cn.gongguan.fivestep.Feedbacks;
import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.fivestep.FollowUpKind;
import cn.gongguan.fivestep.FollowUpOutcome;
import cn.gongguan.fivestep.Step;
import cn.gongguan.fivestep.StepRecord;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.ReadReason;
import cn.gongguan.ui.HomeView;
import cn.gongguan.uikit.ChecklistCard;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The five steps done one by one through a person's checklist page, each refusing bad input at its field. */
class PersonStepsUiTest extends UiTest {

    @Autowired
    PersonRegistry registry;
    @Autowired
    FiveSteps fiveSteps;
    @Autowired
    Feedbacks feedbacks;

    @Test
    void aNewcomerIsTakenThroughAllFiveStepsOnTheChecklist() {
        login("chengguan.staff", HomeView.class);
        Person person = womanWithoutCertificate("步骤测试");
        PersonView view = open(person);
        assertThat(state(view, Step.VISIT)).isEqualTo("未完成");

        // 一访
        _click(button(view, "record-visit"));
        VisitDialog visit = _get(VisitDialog.class);
        _setValue(visit.collected, "核实住址；已婚，未带婚育证明");
        _click(visit.save);
        assertThat(state(view, Step.VISIT)).contains("由 chengguan.staff 完成");

        // 二送: the notice is required for a woman of childbearing age without a checked certificate
        _click(button(view, "record-delivery"));
        DeliverDialog deliver = _get(DeliverDialog.class);
        assertThat(deliver.notice.isVisible()).isTrue();
        _click(deliver.save);
        assertThat(deliver.notice.getErrorMessage()).isEqualTo("该育龄妇女尚未查验《婚育证明》，须同时送达办理通知");
        assertThat(deliver.isOpened()).isTrue();
        _setValue(deliver.notice, true);
        _click(deliver.save);
        assertThat(fiveSteps.checklist(person.getId()).get(Step.DELIVER)).map(StepRecord::getDelivered)
                .contains(Delivery.CARD_AND_NOTICE);

        // 三跟踪: a day in the past is refused; a scheduled follow-up done with its outcome marks the step
        _click(button(view, "schedule-follow-up"));
        FollowUpDialog schedule = _get(FollowUpDialog.class);
        _setValue(schedule.kind, FollowUpKind.KEY_GROUP);
        _setValue(schedule.dueOn, LocalDate.now(CountyTime.ZONE).minusDays(1));
        _setValue(schedule.plan, "了解婚育证明办理进度");
        _click(schedule.save);
        assertThat(schedule.dueOn.getErrorMessage()).isEqualTo("计划日期不能早于今天");
        _setValue(schedule.dueOn, LocalDate.now(CountyTime.ZONE));
        _click(schedule.save);
        assertThat(state(view, Step.FOLLOW_UP)).isEqualTo("未完成");
        Button complete = _find(view, Button.class).stream()
                .filter(b -> b.getId().orElse("").startsWith("complete-follow-up-")).findFirst().orElseThrow();
        _click(complete);
        FollowUpDoneDialog done = _get(FollowUpDoneDialog.class);
        assertThat(done.outcome.getListDataView().getItems()).containsExactlyElementsOf(
                FollowUpOutcome.of(FollowUpKind.KEY_GROUP));
        _click(done.save);
        assertThat(done.outcome.getErrorMessage()).isEqualTo("此项为必填项");
        _setValue(done.outcome, FollowUpOutcome.OTHER);
        _click(done.save);
        assertThat(done.note.getErrorMessage()).isEqualTo("选择“其他”时，请在备注中写明跟踪结果");
        _setValue(done.outcome, FollowUpOutcome.REFERRED);
        _setValue(done.note, "已向户籍地申请办理");
        _click(done.save);
        assertThat(state(view, Step.FOLLOW_UP)).contains("完成");
        assertThat(_get(view, ChecklistCard.class, spec -> spec.withId("step-follow_up")).getElement().getTextRecursively())
                .contains("已转介服务机构").doesNotContain("已向户籍地申请办理");

        // 四建档: a required field is refused at the field; the step is done once every archive she needs is in
        fill(view, Archive.HOUSEHOLD, Map.of("householdSize", "", "housing", "RENTED"));
        ArchiveDialog household = _get(ArchiveDialog.class);
        assertThat(((IntegerField) household.fields.get("householdSize")).getErrorMessage()).isEqualTo("此项为必填项");
        _setValue((IntegerField) household.fields.get("householdSize"), 3);
        _click(household.save);
        assertThat(state(view, Step.ARCHIVE)).isEqualTo("未完成");
        fill(view, Archive.CHILDBEARING_AGE, Map.of("boys", "1", "girls", "0"));
        fill(view, Archive.NEEDS, Map.of("services", "免费孕检"));
        _click(button(view, "archive-reproductive_health"));
        ArchiveDialog health = _get(ArchiveDialog.class);
        _setValue(health.reason, ReadReason.ARCHIVE_UPDATE);
        _click(health.openSensitive);
        setAll(health, Map.of("contraception", "IUD", "pregnant", "NO"));
        _click(health.save);
        assertThat(state(view, Step.ARCHIVE)).contains("由 chengguan.staff 完成");

        // 五反馈: sent to the township and to the household-registration place, each due in 5 working days
        _click(button(view, "send-feedback"));
        FeedbackDialog feedback = _get(FeedbackDialog.class);
        _click(feedback.save);
        assertThat(feedback.outcome.getErrorMessage()).isEqualTo("此项为必填项");
        _setValue(feedback.outcome, FeedbackOutcome.NO_CERTIFICATE);
        _setValue(feedback.note, "已婚，育有一子");
        _click(feedback.save);
        assertThat(state(view, Step.FEEDBACK)).contains("完成");
        String card = _get(view, ChecklistCard.class, spec -> spec.withId("step-feedback")).getElement().getTextRecursively();
        assertThat(card).contains("未持《婚育证明》，已送通知").doesNotContain("已婚，育有一子");
        // the township's own staff report to the registration place only, never to their own township
        assertThat(card).as("a place outside this system: the message waits for the national platform's next file")
                .contains("待导出").doesNotContain("发往：城关镇");
        List<Message> sent = feedbacks.sent(person.getId());
        assertThat(sent).extracting(Message::addressee).containsExactly("510107001");
        assertThat(sent).allSatisfy(m -> assertThat(m.due().due()).isAfter(LocalDate.now(CountyTime.ZONE).plusDays(4)));
        assertThat(fiveSteps.checklist(person.getId()).values()).allMatch(Optional::isPresent);
    }

    @Test
    void aManNeedsNoNoticeAndNoWomensArchives() {
        login("chengguan.staff", HomeView.class);
        PersonDetails details = PersonFixtures.details("男性测试", PersonFixtures.newIdNumber(LocalDate.of(1980, 1, 1), Sex.MALE));
        Person man = registry.register(details);
        PersonView view = open(man);
        assertThat(_find(view, Button.class).stream().map(b -> b.getId().orElse("")))
                .doesNotContain("archive-childbearing_age", "archive-reproductive_health");
        _click(button(view, "record-delivery"));
        DeliverDialog deliver = _get(DeliverDialog.class);
        assertThat(deliver.notice.isVisible()).isFalse();
        _click(deliver.save);
        assertThat(fiveSteps.checklist(man.getId()).get(Step.DELIVER)).map(StepRecord::getDelivered)
                .contains(Delivery.SERVICE_CARD);
    }

    @Test
    void aVillageOfficerCannotOpenAPersonOutsideTheirVillage() {
        login("chengguan.staff", HomeView.class);
        Person person = womanWithoutCertificate("敏感测试");
        logout();
        login("chengguan.officer", HomeView.class);
        // the officer works in one village only: this person lives in none, so the page sends the officer back
        UI.getCurrent().navigate("persons/" + person.getId());
        assertThat(_find(PersonView.class)).isEmpty();
    }

    @Test
    void anotherTownshipCannotOpenThePersonPage() {
        login("chengguan.staff", HomeView.class);
        Person person = womanWithoutCertificate("隔离测试");
        logout();
        login("fujia.staff", HomeView.class);
        UI.getCurrent().navigate("persons/" + person.getId());
        List<PersonView> views = _find(PersonView.class);
        // Either there is no such person in 伏家镇 (back to the registry) or it is one of 伏家镇's own, never this one
        views.forEach(v -> assertThat(_get(v, com.vaadin.flow.component.html.H2.class).getText()).isNotEqualTo("隔离测试"));
    }

    private Person womanWithoutCertificate(String name) {
        PersonDetails details = PersonFixtures.details(name, PersonFixtures.newIdNumber(LocalDate.of(1993, 4, 4), Sex.FEMALE));
        details.setChildren(1);
        return registry.register(details);
    }

    private static PersonView open(Person person) {
        UI.getCurrent().navigate("persons/" + person.getId());
        return _get(PersonView.class);
    }

    private static Button button(PersonView view, String id) {
        return _get(view, Button.class, spec -> spec.withId(id));
    }

    private static String state(PersonView view, Step step) {
        return _get(view, ChecklistCard.class, spec -> spec.withId("step-" + step.name().toLowerCase())).state.getText();
    }

    private static void fill(PersonView view, Archive archive, Map<String, String> values) {
        _click(button(view, "archive-" + archive.name().toLowerCase()));
        ArchiveDialog dialog = _get(ArchiveDialog.class);
        setAll(dialog, values);
        _click(dialog.save);
    }

    @SuppressWarnings("unchecked")
    private static void setAll(ArchiveDialog dialog, Map<String, String> values) {
        values.forEach((name, value) -> {
            var field = dialog.fields.get(name);
            switch (field) {
                case IntegerField number -> _setValue(number, value.isEmpty() ? null : Integer.valueOf(value));
                case DatePicker date -> _setValue(date, LocalDate.parse(value));
                case Select<?> select -> _setValue((Select<String>) select, value);
                case TextField text -> _setValue(text, value);
                default -> throw new IllegalArgumentException(name);
            }
        });
    }
}
