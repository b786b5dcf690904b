package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.AssessmentAccess;
import cn.gongguan.assessment.Closing;
import cn.gongguan.assessment.Closing.Confirmation;
import cn.gongguan.assessment.Closing.Objection;
import cn.gongguan.assessment.DeductionRecords;
import cn.gongguan.assessment.Measure;
import cn.gongguan.assessment.Scorecard.Adjustment;
import cn.gongguan.assessment.Scorecards;
import cn.gongguan.assessment.Scorecards.Ranked;
import cn.gongguan.assessment.YearState;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Today;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.FormNotice;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The township's own scorecard (本乡镇考核) of a year, live until the county approves it: what each indicator scored,
 * every deduction with the records behind it; while the year is under review its administrator confirms the result
 * or objects to a deduction with a reason, and sees the county's decisions.
 */
@Route(ScorecardView.ROUTE)
@Menu(title = "nav.scorecard", order = 9.2, icon = "vaadin:clipboard-check")
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME})
public class ScorecardView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    public static final String ROUTE = "assessment/scorecard";

    final YearSelect year;
    final Button confirm = new Button();
    final Div confirmed = new Div();
    final Div content = new Div();
    private final FormNotice notice = new FormNotice();
    private final FieldErrors errors = new FieldErrors(this);
    private final transient Scorecards scorecards;
    private final transient Closing closing;
    private final transient DeductionRecords records;

    ScorecardView(Scorecards scorecards, Closing closing, DeductionRecords records, Today today) {
        this.scorecards = scorecards;
        this.closing = closing;
        this.records = records;
        addClassName("gg-page");
        year = ScorecardPanel.years(getTranslation("assessment.card.year"), today);
        errors.bind(Closing.YEAR, year);
        confirm.setText(getTranslation("assessment.card.confirm"));
        confirm.setIcon(VaadinIcon.CHECK.create());
        confirm.setId("scorecard-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirmDialog());
        confirmed.setId("scorecard-confirmed");
        HorizontalLayout bar = new HorizontalLayout(year, confirm, confirmed);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(new H2(getTranslation("nav.scorecard")), bar, notice, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        year.enter(event);
        show();
    }

    private void show() {
        errors.clear();
        notice.hide();
        content.removeAll();
        int shown = year.getValue();
        YearState state = scorecards.state(shown);
        Optional<Ranked> card = scorecards.own(shown);
        List<Confirmation> confirmations = closing.confirmations(shown);
        boolean reviewing = state == YearState.REVIEW && AssessmentAccess.answers() && card.isPresent();
        confirm.setVisible(reviewing && confirmations.isEmpty());
        confirmed.setVisible(!confirmations.isEmpty());
        confirmations.stream().findFirst().ifPresent(c -> confirmed.setText(getTranslation(
                "assessment.card.confirmedBy", c.score().toPlainString(), c.confirmedBy(),
                Formats.date(c.confirmedAt()))));
        if (card.isEmpty()) {
            content.add(ScorecardPanel.none(getTranslation("assessment.card.noScheme", String.valueOf(shown))));
            return;
        }
        boolean objecting = reviewing && confirmations.isEmpty();
        List<Objection> objections = closing.objections(shown);
        // an item objected to waits for the county's decision before it can be objected to again
        Set<Measure> waiting = objections.stream().filter(Objection::isOpen).map(Objection::item)
                .collect(Collectors.toSet());
        content.add(new ScorecardPanel(card.get(), state, objections,
                adjustment -> new DeductionRecordsDialog(adjustment, records.own(shown, adjustment.item())).open(),
                adjustment -> objecting && adjustment.net().signum() > 0 && adjustment.rule().from() != null
                        && !waiting.contains(adjustment.item()) ? List.of(objectButton(shown, adjustment))
                        : List.of()));
    }

    private Component objectButton(int shown, Adjustment deduction) {
        Button object = new Button(getTranslation("assessment.card.object"), VaadinIcon.COMMENT_ELLIPSIS_O.create());
        object.setId("deduction-object-" + deduction.item().code());
        object.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        object.addClickListener(e -> {
            DeductionObjectionDialog dialog = new DeductionObjectionDialog(closing, shown, deduction);
            dialog.addSavedListener(saved -> show());
            dialog.open();
        });
        return object;
    }

    private void confirmDialog() {
        int shown = year.getValue();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("scorecard-confirm-dialog");
        dialog.setHeader(getTranslation("assessment.card.confirm"));
        dialog.setText(getTranslation("assessment.card.confirm.text", String.valueOf(shown)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("assessment.card.confirm"));
        dialog.addConfirmListener(e -> {
            try {
                closing.confirm(shown);
                show();
            } catch (InvalidInputException refusal) {
                notice.refuse(refusal, errors, null);
            }
        });
        dialog.open();
    }

    @Override
    public String titleKey() {
        return "nav.scorecard";
    }
}
