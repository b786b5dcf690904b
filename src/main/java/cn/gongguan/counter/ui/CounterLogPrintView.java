package cn.gongguan.counter.ui;

import cn.gongguan.counter.CounterVisits;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.PrintPage;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The counter's log of a day on paper: who was served, with what, by whom (no notes: they stay sealed). */
@Route(value = CounterLogPrintView.ROUTE, autoLayout = false)
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME})
public class CounterLogPrintView extends PrintPage implements BeforeEnterObserver {

    static final String ROUTE = "counter/log/print/:day";
    /** A day's counter serves far fewer; a longer log is printed in parts from the list. */
    private static final int MOST = 1000;

    private final transient CounterVisits visits;

    CounterLogPrintView(CounterVisits visits) {
        this.visits = visits;
    }

    static String route(LocalDate day) {
        return "counter/log/print/" + day;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        document.removeAll();
        Optional<LocalDate> day = event.getRouteParameters().get("day").flatMap(CounterLogPrintView::parse);
        if (day.isEmpty()) {
            event.forwardTo(CounterLogView.class);
            return;
        }
        document.add(new H1(titled(getTranslation("counter.log.printTitle", Formats.date(day.get())))),
                new Paragraph(getTranslation("counter.log.count", visits.count(day.get()))));
        Element table = new Element("table");
        table.setAttribute("class", "gg-counter-log-table");
        Element head = new Element("tr");
        for (String key : new String[] {"counter.log.at", "person.name", "person.idNumber", "counter.service",
                "counter.log.by"}) {
            head.appendChild(new Element("th").setText(getTranslation(key)));
        }
        table.appendChild(head);
        for (CounterVisits.Entry entry : visits.day(day.get(), 0, MOST)) {
            Element row = new Element("tr");
            for (String cell : new String[] {CounterLogView.TIME.format(entry.visit().getServedAt()), entry.name(),
                    entry.maskedIdNumber(), getTranslation(entry.visit().getService().labelKey()),
                    entry.visit().getServedBy()}) {
                row.appendChild(new Element("td").setText(cell));
            }
            table.appendChild(row);
        }
        document.getElement().appendChild(table);
    }

    private static Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
