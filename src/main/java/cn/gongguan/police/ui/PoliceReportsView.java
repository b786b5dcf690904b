package cn.gongguan.police.ui;

import cn.gongguan.police.PoliceImports;
import cn.gongguan.police.PoliceReports;
import cn.gongguan.police.PoliceReports.Slot;
import cn.gongguan.police.ReportRow;
import cn.gongguan.reference.Divisions;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.TranslatedTitle;
import cn.gongguan.uikit.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The police stations' reports of a month: each station's slot, received or missing; a slot opens its report — the
 * rows with what each did — to import the station's file or type rows.
 */
@Route("police-reports")
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME})
@Menu(title = "nav.policeReports", order = 12.8, icon = "vaadin:clipboard-user")
public class PoliceReportsView extends VerticalLayout implements TranslatedTitle {

    final Select<YearMonth> month = new Select<>();
    final Grid<Slot> slots = new Grid<>();
    final H3 reportTitle = new H3();
    final Button importFile = new Button();
    final Button addRow = new Button();
    final Button receivedEmpty = new Button();
    final Grid<ReportRow> rows = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final VerticalLayout report = new VerticalLayout();
    private final transient PoliceReports reports;
    private final transient PoliceImports imports;
    private final transient Divisions divisions;
    private final transient Translations translations;
    private Slot selected;

    PoliceReportsView(PoliceReports reports, PoliceImports imports, Divisions divisions, Translations translations) {
        this.reports = reports;
        this.imports = imports;
        this.divisions = divisions;
        this.translations = translations;
        addClassName("gg-page");
        YearMonth current = reports.currentMonth();
        month.setLabel(getTranslation("report.month"));
        month.setItems(IntStream.range(0, PoliceReports.MONTHS_OPEN).mapToObj(current::minusMonths).toList());
        month.setItemLabelGenerator(YearMonth::toString);
        month.setValue(current);
        month.setId("police-month");
        month.addValueChangeListener(e -> {
            selected = null;
            refresh();
        });
        summary.setId("police-summary");
        slots.setId("police-slots");
        slots.addColumn(slot -> slot.station().getName()).setHeader(getTranslation("police.station.name"))
                .setFlexGrow(1).setKey("station");
        slots.addColumn(slot -> getTranslation(slot.received() ? "police.slot.received" : "police.slot.missing"))
                .setHeader(getTranslation("police.slot.state")).setKey("state");
        slots.setPartNameGenerator(slot -> slot.received() ? null : "gg-overdue");
        slots.addColumn(slot -> slot.received() ? slot.report().getReceivedOn().toString() : "")
                .setHeader(getTranslation("police.slot.receivedOn"));
        slots.addColumn(Slot::rows).setHeader(getTranslation("police.slot.rows")).setKey("rows");
        slots.getColumns().forEach(c -> c.setAutoWidth(true));
        slots.setAllRowsVisible(true);
        slots.addItemClickListener(e -> select(e.getItem()));

        importFile.setText(getTranslation("police.import.title"));
        importFile.setIcon(VaadinIcon.UPLOAD.create());
        importFile.setId("police-import");
        importFile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importFile.addClickListener(e -> openImport());
        addRow.setText(getTranslation("police.row.add"));
        addRow.setIcon(VaadinIcon.PLUS.create());
        addRow.setId("police-add-row");
        addRow.addClickListener(e -> openRow());
        receivedEmpty.setText(getTranslation("police.slot.receivedEmpty"));
        receivedEmpty.setId("police-received-empty");
        receivedEmpty.addClickListener(e -> {
            reports.receivedEmpty(selected.station().getId(), month.getValue());
            refresh();
        });
        HorizontalLayout actions = new HorizontalLayout(importFile, addRow, receivedEmpty);
        actions.setWrap(true);
        rows.setId("police-rows");
        rows.addColumn(row -> getTranslation(row.getKind().labelKey())).setHeader(getTranslation("police.row.kind"))
                .setKey("kind");
        rows.addColumn(ReportRow::getName).setHeader(getTranslation("person.name")).setKey("name");
        // what each row did comes before the details, so that a phone shows it without scrolling sideways
        rows.addColumn(row -> getTranslation(row.getOutcome().labelKey()))
                .setHeader(getTranslation("police.row.outcome")).setKey("outcome");
        rows.addColumn(ReportRow::maskedIdNumber).setHeader(getTranslation("person.idNumber"));
        rows.addColumn(ReportRow::getDay).setHeader(getTranslation("police.row.day"));
        rows.addColumn(ReportRow::getPlace).setHeader(getTranslation("police.row.place"));
        rows.addColumn(ReportRow::getNote).setHeader(getTranslation("police.row.note"));
        rows.getColumns().forEach(c -> c.setAutoWidth(true));
        rows.setAllRowsVisible(true);
        report.setPadding(false);
        report.add(reportTitle, actions, rows);
        add(new H2(getTranslation("nav.policeReports")), month, summary, slots, report);
        refresh();
    }

    /** Reads the month's slots again, and the open report's rows. */
    private void refresh() {
        List<Slot> all = reports.slots(month.getValue());
        long missing = all.stream().filter(slot -> !slot.received()).count();
        summary.setText(getTranslation("police.slot.summary", all.size(), all.size() - missing, missing));
        slots.setItems(all);
        selected = selected == null ? null : all.stream()
                .filter(slot -> slot.station().getId().equals(selected.station().getId())).findFirst().orElse(null);
        report.setVisible(selected != null);
        if (selected != null) {
            reportTitle.setText(slotName());
            receivedEmpty.setVisible(!selected.received());
            rows.setItems(reports.rows(selected.station().getId(), month.getValue()));
            // the widths were measured when the grid was hidden or held other rows: a kind or an outcome was cut
            rows.recalculateColumnWidths();
        }
    }

    private void select(Slot slot) {
        selected = slot;
        refresh();
    }

    private String slotName() {
        return getTranslation("police.slot.title", selected.station().getName(), month.getValue().toString());
    }

    private void openImport() {
        PoliceImportDialog dialog = new PoliceImportDialog(imports.of(selected.station().getId(), month.getValue()),
                translations, slotName());
        dialog.setOnImported(this::refresh);
        dialog.open();
    }

    private void openRow() {
        RowDialog dialog = new RowDialog(reports, divisions, selected.station().getId(), month.getValue(), slotName());
        dialog.addSavedListener(saved -> refresh());
        dialog.open();
    }

    @Override
    public String titleKey() {
        return "nav.policeReports";
    }
}
