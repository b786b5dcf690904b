package cn.gongguan.housing.ui;

import cn.gongguan.housing.LineInput;
import cn.gongguan.housing.MonthlyReports;
import cn.gongguan.housing.ReportLine;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Divisions;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.FormNotice;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.RevisionList;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A landlord's monthly report of one house, entered by the clerk (also from a paper form, on a phone): the residents
 * already known staying on or moving out, and the newcomers. A recorded report opens for correction, with a reason;
 * its earlier versions are listed below it.
 */
@Route("monthly-reports/:house/:month")
@RolesAllowed({Role.COMMITTEE_CLERK_NAME, Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME})
public class ReportView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    final List<ResidentRow> residents = new ArrayList<>();
    final List<NewcomerRow> newcomers = new ArrayList<>();
    final TextField reason = new TextField();
    final Button addNewcomer = new Button();
    final Button save = new Button();
    private final H2 title = new H2();
    private final Paragraph state = new Paragraph();
    private final FormNotice notice = new FormNotice();
    private final Div residentRows = new Div();
    private final Div newcomerRows = new Div();
    final RevisionList history = new RevisionList("report-history", "report.history");
    private final transient MonthlyReports reports;
    private final transient PersonRegistry registry;
    private final transient Divisions divisions;
    private MonthlyReports.Draft draft;
    private int added;
    private final transient Today today;

    ReportView(MonthlyReports reports, PersonRegistry registry, Divisions divisions, Today today) {
        this.today = today;
        this.reports = reports;
        this.registry = registry;
        this.divisions = divisions;
        addClassNames("gg-page", "gg-report");
        state.addClassName("gg-facts");
        addNewcomer.setText(getTranslation("report.addNewcomer"));
        addNewcomer.setIcon(VaadinIcon.PLUS.create());
        addNewcomer.setId("add-newcomer");
        addNewcomer.addClickListener(e -> addNewcomer());
        reason.setLabel(getTranslation("report.reason"));
        reason.setId("report-reason");
        reason.setWidthFull();
        save.setText(getTranslation("report.save"));
        save.setId("save-report");
        save.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new Anchor("monthly-reports", getTranslation("report.back")), title, state,
                new H3(getTranslation("report.residents")), residentRows,
                new H3(getTranslation("report.newcomers")), newcomerRows, addNewcomer, reason, notice, save, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long house = event.getRouteParameters().getLong("house").orElseThrow();
            YearMonth month = YearMonth.parse(event.getRouteParameters().get("month").orElseThrow());
            show(reports.draft(house, month));
        } catch (DateTimeParseException | NoSuchElementException | AccessDeniedException | InvalidInputException e) {
            event.forwardTo("monthly-reports");
        }
    }

    private void show(MonthlyReports.Draft draft) {
        this.draft = draft;
        notice.hide();
        title.setText(draft.house().getAddress() + " · " + draft.month());
        state.setText(getTranslation(draft.reportId() == null ? "report.new" : "report.correcting",
                draft.house().getLandlordName()));
        residents.clear();
        residentRows.removeAll();
        int number = 0;
        for (ReportLine line : draft.lines()) {
            int n = number++;
            registry.find(line.getPersonId()).ifPresent(person -> {
                ResidentRow row = new ResidentRow(person, line, n);
                residents.add(row);
                residentRows.add(row);
            });
        }
        if (residents.isEmpty()) {
            residentRows.add(new Paragraph(getTranslation("report.noResidents")));
        }
        newcomers.clear();
        newcomerRows.removeAll();
        reason.setVisible(draft.reportId() != null);
        history.show(draft.reportId() == null ? List.of() : reports.history(draft.reportId()).stream()
                .map(revision -> new RevisionList.Entry(getTranslation("report.revision", revision.getRevision(),
                        revision.getRevisedBy(), Formats.dateTime(revision.getRevisedAt(), getLocale()),
                        revision.getReason()), revision.earlierLines().stream().map(this::describe).toList()))
                .toList());
    }

    /** A line of an earlier version: who, staying, moved in or out and when, the certificate if checked. */
    private String describe(ReportLine line) {
        String name = registry.find(line.getPersonId()).map(p -> p.getName()).orElse("#" + line.getPersonId());
        return name + " · " + getTranslation(line.getStatus().labelKey())
                + (line.getMovedOn() == null ? "" : " · " + line.getMovedOn())
                + (line.isCertificateChecked() ? " · " + getTranslation("report.certificateChecked") : "");
    }

    void addNewcomer() {
        LocalDate today = this.today.date();
        LocalDate day = YearMonth.from(today).equals(draft.month()) ? today : draft.month().atEndOfMonth();
        NewcomerRow row = new NewcomerRow(divisions, day, added++, this::removeNewcomer);
        newcomers.add(row);
        newcomerRows.add(row);
        row.person.idNumber.focus();
    }

    private void removeNewcomer(NewcomerRow row) {
        newcomers.remove(row);
        newcomerRows.remove(row);
    }

    private void save() {
        List<LineInput> lines = new ArrayList<>();
        FieldErrors errors = new FieldErrors(this).bind("reason", reason);
        for (ResidentRow row : residents) {
            row.bind(errors, lines.size());
            lines.add(row.input());
        }
        for (NewcomerRow row : newcomers) {
            row.bind(errors, lines.size());
            lines.add(row.input());
        }
        try {
            errors.clear();
            notice.hide();
            reports.record(draft.house().getId(), draft.month(), draft.version(), lines, reason.getValue());
            Notification.show(getTranslation("report.saved", draft.house().getAddress(), draft.month().toString()));
            getUI().ifPresent(ui -> ui.navigate("monthly-reports"));
        } catch (InvalidInputException refusal) {
            // recorded meanwhile by someone else: the reload opens their report for correction
            notice.refuse(refusal, errors, () -> show(reports.draft(draft.house().getId(), draft.month())));
        }
    }

    @Override
    public String titleKey() {
        return "nav.reports";
    }
}
