package cn.gongguan.counter.ui;

import cn.gongguan.counter.CounterVisits;
import cn.gongguan.platform.Today;
import cn.gongguan.security.ReadReason;
import cn.gongguan.security.Role;
import cn.gongguan.security.SensitiveReads;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.SealedNote;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * The counter's log of a day (today unless another day is chosen): who was served, with what, by whom, newest
 * first; a note only as a sealed sign, opened for a reason by the roles that may. Printable.
 */
@Route(CounterLogView.ROUTE)
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME})
public class CounterLogView extends VerticalLayout implements TranslatedTitle {

    static final String ROUTE = "counter/log";
    /** The log is of one day: its rows say the time only. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Formats.ZONE);

    final DatePicker day = new DatePicker();
    final Grid<CounterVisits.Entry> grid = new Grid<>();
    final Span count = new Span();
    private final Anchor print = new Anchor();
    private final transient CounterVisits visits;

    CounterLogView(CounterVisits visits, Today today) {
        this.visits = visits;
        addClassName("gg-page");
        setSizeFull();
        day.setLabel(getTranslation("counter.log.day"));
        day.setId("counter-log-day");
        day.setValue(today.date());
        day.setMax(today.date());
        count.setId("counter-log-count");
        print.setTarget(AnchorTarget.BLANK);
        print.setId("counter-log-print");
        print.add(new Button(getTranslation("print.print"), VaadinIcon.PRINT.create()));
        grid.setId("counter-log");
        grid.addColumn(e -> TIME.format(e.visit().getServedAt()))
                .setHeader(getTranslation("counter.log.at"));
        grid.addColumn(CounterVisits.Entry::name).setHeader(getTranslation("person.name"));
        grid.addColumn(CounterVisits.Entry::maskedIdNumber).setHeader(getTranslation("person.idNumber"));
        grid.addColumn(e -> getTranslation(e.visit().getService().labelKey()))
                .setHeader(getTranslation("counter.service"));
        grid.addColumn(e -> e.visit().getServedBy()).setHeader(getTranslation("counter.log.by"));
        grid.addComponentColumn(e -> SealedNote.of(e.visit().hasNote(), SensitiveReads.mayOpen(),
                "counter-log-note-" + e.visit().getId(), Arrays.asList(ReadReason.values()),
                reason -> visits.openNote(e.visit().getId(), reason)).orElseGet(Span::new))
                .setHeader(getTranslation("counter.service.note")).setKey("note");
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.setItems(query -> visits.day(day.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> visits.count(day.getValue()));
        day.addValueChangeListener(e -> refresh());
        Anchor back = new Anchor(CounterView.ROUTE, getTranslation("counter.back"));
        HorizontalLayout bar = new HorizontalLayout(day, count, print);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(back, new H2(getTranslation("counter.log.title")), bar, grid);
        refresh();
    }

    private void refresh() {
        if (day.getValue() == null) {
            day.setValue(day.getMax());
            return;
        }
        count.setText(getTranslation("counter.log.count", visits.count(day.getValue())));
        print.setHref(CounterLogPrintView.route(day.getValue()));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String titleKey() {
        return "counter.log.title";
    }
}
