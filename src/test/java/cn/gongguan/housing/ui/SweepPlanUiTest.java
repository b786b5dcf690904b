package cn.gongguan.housing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.housing.SweepPeriod;
import cn.gongguan.housing.SweepPlans;
import cn.gongguan.platform.Today;
import cn.gongguan.ui.HomeView;
import cn.gongguan.uikit.Translations;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sweep plan on the sweeps page and the home page: set by the administrator with wrong input refused at its field
 * and nothing typed lost; the committee's overdue sweep shown to its clerk; township staff see the plan, not the editor.
 */
class SweepPlanUiTest extends UiTest {

    @Autowired
    SweepPlans plans;
    @Autowired
    Today today;
    @Autowired
    Translations translations;

    @Test
    void theAdministratorSetsThePlanAndAWrongPeriodIsRefusedAtItsField() {
        login("fujia.admin", SweepsView.class);
        try {
            _click(_get(Button.class, spec -> spec.withId("edit-sweep-plan")));
            SweepPlanDialog dialog = _get(SweepPlanDialog.class);
            _setValue(dialog.everyMonths, 13);
            _setValue(dialog.note, "每月清查一次");
            _click(dialog.save);
            assertThat(dialog.everyMonths.getErrorMessage()).isEqualTo("清查周期须在 1 至 12 个月之间");
            assertThat(dialog.isOpened()).isTrue();
            assertThat(dialog.note.getValue()).isEqualTo("每月清查一次");

            _setValue(dialog.everyMonths, 1);
            _setValue(dialog.startMonth, today.month().minusYears(3).atDay(1));
            _click(dialog.save);
            assertThat(dialog.startMonth.getErrorMessage())
                    .isEqualTo("起始月份不能早于 " + today.month().minusMonths(12));
            assertThat(dialog.everyMonths.getValue()).isEqualTo(1);

            _setValue(dialog.startMonth, today.month().minusMonths(1).atDay(20));
            _click(dialog.save);
            assertThat(dialog.isOpened()).isFalse();
            SweepsView view = _get(SweepsView.class);
            assertThat(view.plan.summary.getText()).startsWith("每 1 个月清查一次，自 " + today.month().minusMonths(1));
            assertThat(GridKt._size(view.plan.periods)).isEqualTo(2);
            assertThat(GridKt._get(view.plan.periods, 0).from()).isEqualTo(today.month().atDay(1));
        } finally {
            plans.plan().ifPresent(plan -> plans.remove(plan.getVersion()));
        }
    }

    @Test
    void removingThePlanAsksFirst() {
        login("fujia.admin", SweepsView.class);
        try {
            plans.save(-1, 3, today.month().atDay(1), null);
            login("fujia.admin", SweepsView.class);
            _click(_get(Button.class, spec -> spec.withId("edit-sweep-plan")));
            SweepPlanDialog dialog = _get(SweepPlanDialog.class);
            _click(dialog.remove);
            ConfirmDialog confirm = _get(ConfirmDialog.class);
            assertThat(plans.plan()).as("not removed before confirming").isPresent();
            ConfirmDialogKt._fireConfirm(confirm);
            assertThat(plans.plan()).isEmpty();
            assertThat(dialog.isOpened()).isFalse();
        } finally {
            plans.plan().ifPresent(plan -> plans.remove(plan.getVersion()));
        }
    }

    @Test
    void theCommitteesClerkIsToldOfTheOverdueSweepOnTheHomePage() {
        login("beijie.clerk", HomeView.class);
        Div card = _get(Div.class, spec -> spec.withId("sweep-plan-card"));
        assertThat(_get(card, Paragraph.class, spec -> spec.withId("sweep-plan-card-overdue")).getText())
                .isEqualTo("有 1 次定期清查逾期未完成");
        assertThat(_get(card, RouterLink.class).getHref()).isEqualTo("sweeps");

        login("beijie.clerk", SweepsView.class);
        SweepsView view = _get(SweepsView.class);
        YearMonth overdueFrom = today.month().minusMonths(3);
        assertThat(GridKt._size(view.plan.periods)).isEqualTo(2);
        SweepPeriod overdue = GridKt._get(view.plan.periods, 1);
        assertThat(overdue.from()).isEqualTo(overdueFrom.atDay(1));
        assertThat(overdue.state()).isEqualTo(SweepPeriod.State.OVERDUE);
        assertThat(view.plan.edit.isVisible()).isTrue();
    }

    @Test
    void theCountsReadRightInEnglishAndTheDueDayIsIncludedInChinese() {
        assertThat(translations.getTranslation("sweepPlan.summary", Locale.ENGLISH, 1, "2026-11"))
                .isEqualTo("A sweep every month, from 2026-11.");
        assertThat(translations.getTranslation("sweepPlan.summary", Locale.ENGLISH, 3, "2026-11"))
                .isEqualTo("A sweep every 3 months, from 2026-11.");
        assertThat(translations.getTranslation("sweepPlan.home.overdue", Locale.ENGLISH, 1L))
                .isEqualTo("1 planned sweep is overdue");
        assertThat(translations.getTranslation("sweepPlan.home.overdue", Locale.ENGLISH, 2L))
                .isEqualTo("2 planned sweeps are overdue");
        assertThat(translations.getTranslation("governance.home.open", Locale.ENGLISH, 1))
                .isEqualTo("1 rectification asked by a county supervision visit awaits an answer");
        assertThat(translations.getTranslation("governance.home.openOverdue", Locale.ENGLISH, 2, 1))
                .endsWith("2 rectifications asked by county supervision visits await an answer, 1 of them past their day");
        assertThat(translations.getTranslation("sweepPlan.home.due", Translations.CHINESE, "2026-12-31"))
                .isEqualTo("本期清查截止 2026-12-31（含当日）");
    }

    @Test
    void townshipStaffSeeThePlanButNoEditor() {
        login("fujia.staff", SweepsView.class);
        _assertNone(Button.class, spec -> spec.withId("edit-sweep-plan"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("sweep-plan-summary")).getText())
                .isEqualTo("尚未设置定期清查计划。");
    }
}
