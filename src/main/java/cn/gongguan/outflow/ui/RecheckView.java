package cn.gongguan.outflow.ui;

import cn.gongguan.exchange.ui.AskDialogs;
import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.RecheckFinding;
import cn.gongguan.outflow.Rechecks;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;

/**
 * The monthly re-check (每月排查). The township sees each unit's progress for a month — late units first (past the due
 * day and not complete) — opens a unit's list, sets the due day (the admin) and works off what the findings call
 * for. A group officer, who has one list, goes straight to it; a village officer sees the progress of the village's
 * list and its groups' and opens each.
 */
@Route("recheck")
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME, Role.VILLAGE_OFFICER_NAME,
        Role.GROUP_OFFICER_NAME})
@Menu(title = "nav.recheck", order = 7.6, icon = "vaadin:clipboard-check")
public class RecheckView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    /** Open findings shown; the oldest come first. */
    private static final int FINDINGS_SHOWN = 200;

    final Select<YearMonth> month = new Select<>();
    final Grid<Rechecks.Progress> progress = new Grid<>();
    final Grid<RecheckFinding> findings = new Grid<>();
    final Button settings = new Button();
    private final Paragraph dueDay = new Paragraph();
    private final H3 findingsTitle = new H3();
    private final transient Rechecks rechecks;
    private final transient OutflowTrips trips;
    private final transient AskDialogs askDialogs;
    private final Map<String, String> names;

    RecheckView(Rechecks rechecks, OrgUnits orgUnits, Today today, OutflowTrips trips, AskDialogs askDialogs) {
        this.rechecks = rechecks;
        this.trips = trips;
        this.askDialogs = askDialogs;
        this.names = orgUnits.names();
        addClassName("gg-page");
        boolean township = Rechecks.isTownship();
        settings.setText(getTranslation("recheck.settings"));
        settings.setIcon(VaadinIcon.COG.create());
        settings.setId("recheck-settings");
        settings.setVisible(CurrentUser.get().role() == Role.TOWNSHIP_ADMIN);
        settings.addClickListener(e -> {
            DueDayDialog dialog = new DueDayDialog(rechecks);
            dialog.addSavedListener(saved -> refresh());
            dialog.open();
        });
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.recheck")), settings);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        dueDay.setId("recheck-due-day-shown");
        dueDay.addClassName("gg-facts");

        List<YearMonth> months = rechecks.months();
        month.setLabel(getTranslation("recheck.month"));
        month.setItems(months.isEmpty() ? List.of(today.month()) : months);
        month.setValue(months.contains(today.month()) || months.isEmpty() ? today.month() : months.getFirst());
        month.setId("recheck-month");
        month.addValueChangeListener(e -> refresh());

        progress.setId("recheck-progress");
        progress.addColumn(p -> unitName(this, names, p.orgUnitCode())).setHeader(getTranslation("recheck.unit"));
        progress.addColumn(p -> getTranslation("recheck.progress.count", p.marked(), p.onList()))
                .setHeader(getTranslation("recheck.progress"));
        progress.addColumn(p -> p.dueOn().toString()).setHeader(getTranslation("recheck.dueOn"));
        progress.addComponentColumn(this::state).setHeader(getTranslation("recheck.state"));
        progress.getColumns().forEach(column -> column.setAutoWidth(true));
        progress.setAllRowsVisible(true);
        progress.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("recheck/" + e.getItem().listId())));

        findingsTitle.setId("recheck-findings-title");
        findings.setId("recheck-findings");
        findings.addColumn(f -> f.getPerson().getName()).setHeader(getTranslation("person.name"));
        findings.addColumn(f -> unitName(this, names, f.getPerson().getOrgUnit())).setHeader(getTranslation("recheck.unit"));
        findings.addColumn(f -> getTranslation(f.getKind().labelKey())).setHeader(getTranslation("recheck.finding"));
        findings.addColumn(f -> f.getOpenedBy() + " · " + Formats.dateTime(f.getOpenedAt(), getLocale()))
                .setHeader(getTranslation("recheck.finding.opened"));
        findings.addComponentColumn(this::actions).setKey("actions");
        findings.getColumns().forEach(column -> column.setAutoWidth(true));
        findings.setAllRowsVisible(true);
        findingsTitle.setVisible(township);
        findings.setVisible(township);
        add(header, dueDay, month, progress, findingsTitle, findings);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.get().role() == Role.GROUP_OFFICER) {
            var own = rechecks.ownList();
            if (own.isPresent()) {
                event.forwardTo("recheck/" + own.get().getId());
                return;
            }
        }
        refresh();
    }

    private void refresh() {
        dueDay.setText(getTranslation("recheck.dueDay.shown", rechecks.setting().getDueDay()));
        progress.setItems(rechecks.progress(month.getValue()));
        if (Rechecks.isTownship()) {
            findingsTitle.setText(getTranslation("recheck.findings", rechecks.countOpenFindings()));
            findings.setItems(rechecks.openFindings(PageRequest.of(0, FINDINGS_SHOWN)));
        }
    }

    private Span state(Rechecks.Progress unit) {
        String key = unit.late() ? "recheck.late" : unit.complete() ? "recheck.complete" : "recheck.inProgress";
        Span state = new Span(getTranslation(key));
        state.getElement().setAttribute("theme", "badge small" + (unit.late() ? " error"
                : unit.complete() ? " success" : ""));
        return state;
    }

    /** What a finding calls for: a verification request to its destination, where that is the work; then its closing. */
    private Component actions(RecheckFinding finding) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        if (finding.getKind() == RecheckFinding.Kind.VERIFICATION_REQUEST && askDialogs.mayAsk()) {
            Button ask = new Button(getTranslation("recheck.finding.ask"), e -> askAbout(finding));
            ask.setId("ask-finding-" + finding.getId());
            ask.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            actions.add(ask);
        }
        actions.add(closeButton(finding));
        return actions;
    }

    /**
     * Opens the verification request filled in with the person and the destination of their trip (the open one, else
     * the latest); once sent, the finding's work is done.
     */
    private void askAbout(RecheckFinding finding) {
        long personId = finding.getPerson().getId();
        String destination = trips.openTrip(personId).or(() -> trips.of(personId).stream().findFirst())
                .map(OutflowTrip::getDestination).orElse(null);
        var dialog = askDialogs.about(finding.getPerson().getName(), finding.getPerson().getIdNumber().value(),
                destination);
        dialog.addSavedListener(sent -> {
            rechecks.closeFinding(finding.getId(), finding.getVersion());
            refresh();
        });
        dialog.open();
    }

    private Button closeButton(RecheckFinding finding) {
        Button close = new Button(getTranslation("recheck.finding.close." + finding.getKind().name()), e -> {
            try {
                rechecks.closeFinding(finding.getId(), finding.getVersion());
            } catch (InvalidInputException refusal) {
                Notification.show(getTranslation(refusal.messageKey(), refusal.arguments()), 6000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        close.setId("close-finding-" + finding.getId());
        close.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return close;
    }

    /** The unit's name; the township's own list (persons of no org unit) is named as such. */
    static String unitName(Component view, Map<String, String> names, String code) {
        if (code == null || code.equals(TenantContext.current().value())) {
            return view.getTranslation("recheck.unit.township");
        }
        return names.getOrDefault(code, code);
    }

    @Override
    public String titleKey() {
        return "nav.recheck";
    }
}
