package cn.gongguan.fivestep.ui;

import cn.gongguan.fivestep.FollowUp;
import cn.gongguan.fivestep.FollowUps;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/** 三跟踪: the logged-in user's follow-ups that are overdue or due within a week; overdue ones stand out. */
@Route("follow-ups")
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME, Role.VILLAGE_OFFICER_NAME, Role.GROUP_OFFICER_NAME,
        Role.COMMITTEE_CLERK_NAME})
@Menu(title = "nav.followUps", order = 7, icon = "vaadin:calendar-clock")
public class FollowUpsView extends VerticalLayout implements TranslatedTitle {

    final Grid<FollowUp> grid = new Grid<>();
    FollowUpsView(FollowUps followUps, PersonRegistry registry, Today countyToday) {
        addClassName("gg-page");
        setSizeFull();
        LocalDate today = countyToday.date();
        List<FollowUp> due = followUps.worklist();
        long overdue = due.stream().filter(f -> f.isOverdue(today)).count();
        grid.setId("follow-ups");
        grid.addColumn(f -> registry.find(f.getPersonId()).map(Person::getName).orElse(""))
                .setHeader(getTranslation("person.name"));
        grid.addColumn(f -> getTranslation(f.getKind().labelKey())).setHeader(getTranslation("followUp.kind"));
        grid.addColumn(FollowUp::getDueOn).setHeader(getTranslation("followUp.dueOn"));
        grid.addComponentColumn(f -> state(f, today)).setHeader(getTranslation("followUp.state"));
        grid.addColumn(FollowUp::getPlan).setHeader(getTranslation("followUp.plan")).setFlexGrow(1);
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
        grid.setPartNameGenerator(f -> f.isOverdue(today) ? "gg-overdue" : null);
        grid.setItems(due);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("persons/" + e.getItem().getPersonId())));
        H2 title = new H2(getTranslation("followUps.title", due.size(), overdue));
        title.setId("follow-ups-title");
        add(title, new Paragraph(getTranslation("followUps.intro", FollowUps.WORKLIST_DAYS_AHEAD)), grid);
    }

    private Span state(FollowUp followUp, LocalDate today) {
        boolean late = followUp.isOverdue(today);
        Span state = new Span(getTranslation(late ? "followUp.overdue" : "followUp.due"));
        state.getElement().getThemeList().add(late ? "badge error primary" : "badge");
        return state;
    }

    @Override
    public String titleKey() {
        return "nav.followUps";
    }
}
