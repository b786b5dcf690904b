package cn.gongguan.reference.ui;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.reference.CalendarDay;
import cn.gongguan.reference.WorkingDays;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/**
 * The official working-day calendar: the years entered, and for the county's system administrator a form to enter a
 * new year's State Council notice (holidays and make-up working days). A year not entered makes deadlines that reach
 * into it provisional.
 */
@Route("calendar")
@RolesAllowed(Role.SYSTEM_ADMIN_NAME)
@Menu(title = "nav.calendar", order = 30, icon = "vaadin:calendar")
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    final Grid<WorkingDays.PublishedYear> years = new Grid<>();
    final Grid<CalendarDay> days = new Grid<>();
    final IntegerField year = new IntegerField();
    final TextField source = new TextField();
    final TextArea notice = new TextArea();
    final Button publish = new Button();
    private final transient WorkingDays workingDays;

    CalendarView(WorkingDays workingDays) {
        this.workingDays = workingDays;
        addClassName("gg-page");
        int next = LocalDate.now(Formats.ZONE).getYear() + 1;
        Paragraph state = new Paragraph(getTranslation(workingDays.isPublished(next) ? "calendar.nextPublished"
                : "calendar.nextProvisional", String.valueOf(next)));
        state.setId("calendar-state");
        years.setId("calendar-years");
        years.addColumn(WorkingDays.PublishedYear::year).setHeader(getTranslation("calendar.year"));
        years.addColumn(WorkingDays.PublishedYear::source).setHeader(getTranslation("calendar.source")).setFlexGrow(1);
        years.addColumn(WorkingDays.PublishedYear::enteredBy).setHeader(getTranslation("calendar.enteredBy"));
        years.getColumns().forEach(c -> c.setAutoWidth(true));
        years.setHeight("16rem");
        days.setId("calendar-days");
        days.addColumn(CalendarDay::day).setHeader(getTranslation("calendar.day"));
        days.addColumn(d -> getTranslation("calendar.kind." + d.kind())).setHeader(getTranslation("calendar.kind"));
        days.addColumn(d -> getLocale().getLanguage().equals("en") ? d.nameEn() : d.nameZh())
                .setHeader(getTranslation("calendar.name")).setFlexGrow(1);
        days.setHeight("16rem");
        years.addSelectionListener(e -> e.getFirstSelectedItem()
                .ifPresent(y -> days.setItems(workingDays.daysOf(y.year()))));
        HorizontalLayout grids = new HorizontalLayout(years, days);
        grids.setWidthFull();
        grids.setWrap(true);
        add(new H2(getTranslation("nav.calendar")), state, grids);
        refresh();
        if (CurrentUser.get().tenant().kind() == TenantKind.COUNTY) {
            add(entryForm(next));
        } else {
            add(new Paragraph(getTranslation("calendar.countyOnly")));
        }
    }

    private VerticalLayout entryForm(int next) {
        year.setLabel(getTranslation("calendar.year"));
        year.setValue(next);
        year.setId("calendar-year");
        source.setLabel(getTranslation("calendar.source"));
        source.setPlaceholder(getTranslation("calendar.source.placeholder"));
        source.setWidth("28rem");
        source.setId("calendar-source");
        notice.setLabel(getTranslation("calendar.notice"));
        notice.setHelperText(getTranslation("calendar.notice.help"));
        notice.setWidthFull();
        notice.setMinHeight("12rem");
        notice.setId("calendar-notice");
        FieldErrors errors = new FieldErrors(this).bind("year", year).bind("source", source).bind("days", notice)
                .bind("day", notice);
        publish.setText(getTranslation("calendar.publish"));
        publish.setId("calendar-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> {
            try {
                errors.clear();
                if (year.getValue() == null) {
                    throw new InvalidInputException("year", "validation.required");
                }
                if (source.getValue().isBlank()) {
                    throw new InvalidInputException("source", "validation.required");
                }
                List<CalendarDay> entered = CalendarDay.parseNotice(notice.getValue());
                if (entered.isEmpty()) {
                    throw new InvalidInputException("days", "validation.required");
                }
                workingDays.publishYear(year.getValue(), entered, source.getValue().strip());
                Notification.show(getTranslation("calendar.published", String.valueOf(year.getValue()), entered.size()));
                refresh();
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            }
        });
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("calendar.enter")),
                new HorizontalLayout(year, source), notice, publish);
        form.setPadding(false);
        return form;
    }

    private void refresh() {
        List<WorkingDays.PublishedYear> published = workingDays.publishedYears();
        years.setItems(published);
        published.stream().findFirst().ifPresent(years::select);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendar") + " · " + getTranslation("app.name");
    }
}
