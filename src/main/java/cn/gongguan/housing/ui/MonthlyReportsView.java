package cn.gongguan.housing.ui;

import cn.gongguan.housing.MonthlyReport;
import cn.gongguan.housing.MonthlyReports;
import cn.gongguan.housing.RentalHouse;
import cn.gongguan.housing.RentalHouses;
import cn.gongguan.platform.Today;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The landlords' monthly reports of a month: the houses whose report is missing — with the day to remind the
 * landlord, past it highlighted — and the reports received. A row opens the report form.
 */
@Route("monthly-reports")
@RolesAllowed({Role.COMMITTEE_CLERK_NAME, Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME})
@Menu(title = "nav.reports", order = 11, icon = "vaadin:clipboard-check")
public class MonthlyReportsView extends VerticalLayout implements TranslatedTitle {


    final Select<YearMonth> month = new Select<>();
    final Grid<RentalHouse> missing = new Grid<>();
    final Grid<MonthlyReport> received = new Grid<>();
    private final H3 missingTitle = new H3();
    private final H3 receivedTitle = new H3();
    private final Paragraph reminder = new Paragraph();
    private final transient MonthlyReports reports;
    private final transient Today today;

    MonthlyReportsView(MonthlyReports reports, RentalHouses houses, Today today) {
        this.today = today;
        this.reports = reports;
        addClassName("gg-page");
        YearMonth current = reports.currentMonth();
        month.setLabel(getTranslation("report.month"));
        month.setItems(IntStream.range(0, MonthlyReports.MONTHS_OPEN).mapToObj(current::minusMonths).toList());
        month.setItemLabelGenerator(YearMonth::toString);
        month.setValue(current);
        month.setId("report-month");
        reminder.setId("report-reminder");
        missing.setId("missing-reports");
        missing.addColumn(RentalHouse::getAddress).setHeader(getTranslation("house.address")).setFlexGrow(1);
        missing.addColumn(RentalHouse::getLandlordName).setHeader(getTranslation("house.landlordName"));
        missing.addColumn(RentalHouse::getLandlordPhone).setHeader(getTranslation("house.landlordPhone"));
        missing.getColumns().forEach(c -> c.setAutoWidth(true));
        missing.setAllRowsVisible(true);
        missing.addItemClickListener(e -> open(e.getItem().getId()));
        received.setId("received-reports");
        received.addColumn(r -> houses.find(r.getHouseId()).map(RentalHouse::getAddress).orElse(""))
                .setHeader(getTranslation("house.address")).setFlexGrow(1);
        received.addColumn(MonthlyReport::getReportedOn).setHeader(getTranslation("report.reportedOn"));
        received.addColumn(r -> r.getLines().size()).setHeader(getTranslation("report.persons"));
        received.addColumn(MonthlyReport::getRevision).setHeader(getTranslation("report.revisionNumber"));
        received.getColumns().forEach(c -> c.setAutoWidth(true));
        received.setAllRowsVisible(true);
        received.addItemClickListener(e -> open(e.getItem().getHouseId()));
        month.addValueChangeListener(e -> refresh());
        add(new H2(getTranslation("nav.reports")), month, missingTitle, reminder, missing, receivedTitle, received);
        refresh();
    }

    private void refresh() {
        YearMonth selected = month.getValue();
        List<RentalHouse> houses = reports.missing(selected);
        List<MonthlyReport> got = reports.received(selected);
        missingTitle.setText(getTranslation("report.missing", houses.size()));
        receivedTitle.setText(getTranslation("report.received", got.size()));
        LocalDate remindOn = MonthlyReports.reminderDate(selected);
        boolean late = !houses.isEmpty() && !today.date().isBefore(remindOn);
        reminder.setText(getTranslation(late ? "report.remindNow" : "report.remindOn", remindOn.toString()));
        reminder.setClassName("gg-form-problem", late);
        reminder.setClassName("gg-facts", !late);
        missing.setItems(houses);
        received.setItems(got);
    }

    private void open(long houseId) {
        getUI().ifPresent(ui -> ui.navigate("monthly-reports/" + houseId + "/" + month.getValue()));
    }

    @Override
    public String titleKey() {
        return "nav.reports";
    }
}
