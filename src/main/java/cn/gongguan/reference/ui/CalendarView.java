package cn.gongguan.reference.ui;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.CalendarDay;
import cn.gongguan.reference.CalendarLimits;
import cn.gongguan.reference.WorkingDays;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.TextFields;
import cn.gongguan.uikit.TranslatedTitle;
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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The official working-day calendar: the years entered; for the county's system administrator a form to enter a
 * year's State Council notice (holidays and make-up working days), which for a year already published waits for
 * approval; for the county's security administrator the changes waiting for that approval. A year not entered makes
 * deadlines that reach into it provisional.
 */
@Route("calendar")
@RolesAllowed({Role.SYSTEM_ADMIN_NAME, Role.SECURITY_ADMIN_NAME})
@Menu(title = "nav.calendar", order = 30, icon = "vaadin:calendar")
public class CalendarView extends VerticalLayout implements TranslatedTitle {

    final Grid<WorkingDays.PublishedYear> years = new Grid<>();
    final DaysGrid days = new DaysGrid();
    final IntegerField year = new IntegerField();
    final TextField source = TextFields.text(CalendarLimits.SOURCE, "calendar.source");
    final TextArea notice = new TextArea();
    final Paragraph approvalNote = new Paragraph();
    final Button publish = new Button();
    private final transient WorkingDays workingDays;
    private final transient Today today;

    CalendarView(WorkingDays workingDays, Today today) {
        this.today = today;
        this.workingDays = workingDays;
        addClassName("gg-page");
        int next = today.date().getYear() + 1;
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
        years.addSelectionListener(e -> e.getFirstSelectedItem()
                .ifPresent(y -> days.setItems(workingDays.daysOf(y.year()))));
        HorizontalLayout grids = new HorizontalLayout(years, days);
        grids.setWidthFull();
        grids.setWrap(true);
        add(new H2(getTranslation("nav.calendar")), state, grids);
        refresh();
        GongguanUser user = CurrentUser.get();
        if (user.tenant().kind() != TenantKind.COUNTY) {
            add(new Paragraph(getTranslation("calendar.countyOnly")));
        } else if (user.role() == Role.SECURITY_ADMIN) {
            PendingChanges changes = new PendingChanges(workingDays);
            changes.addDecidedListener(e -> refresh());
            add(changes);
        } else {
            add(entryForm(next));
        }
    }

    private VerticalLayout entryForm(int next) {
        year.setLabel(getTranslation("calendar.year"));
        year.setId("calendar-year");
        year.addValueChangeListener(e -> tellWhetherApprovalIsNeeded());
        approvalNote.setId("calendar-approval-note");
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
                WorkingDays.Entry entry = workingDays.publishYear(year.getValue(), entered, source.getValue().strip());
                Notification.show(getTranslation(entry == WorkingDays.Entry.PUBLISHED ? "calendar.published"
                        : "calendar.change.sent", String.valueOf(year.getValue()), entered.size()));
                refresh();
                tellWhetherApprovalIsNeeded();
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            }
        });
        year.setValue(next);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("calendar.enter")),
                new HorizontalLayout(year, source), approvalNote, notice, publish);
        form.setPadding(false);
        return form;
    }

    /** The service decides; this only warns, before submitting, that a published year changes after approval. */
    private void tellWhetherApprovalIsNeeded() {
        Integer value = year.getValue();
        boolean published = value != null && workingDays.isPublished(value);
        approvalNote.setText(published ? getTranslation("calendar.change.note", String.valueOf(value)) : "");
        approvalNote.setVisible(published);
        publish.setText(getTranslation(published ? "calendar.change.submit" : "calendar.publish"));
    }

    private void refresh() {
        List<WorkingDays.PublishedYear> published = workingDays.publishedYears();
        years.setItems(published);
        published.stream().findFirst().ifPresent(years::select);
    }

    @Override
    public String titleKey() {
        return "nav.calendar";
    }
}
