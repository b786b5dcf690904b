package cn.gongguan.glass.ui;

import cn.gongguan.exchange.Places;
import cn.gongguan.fivestep.Step;
import cn.gongguan.glass.BreakTheGlass;
import cn.gongguan.glass.GlassAccess;
import cn.gongguan.glass.GlassExpiredException;
import cn.gongguan.glass.GlassRecord;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A person's record opened under break-the-glass, read only: the banner with the access's reason and expiry on top,
 * the registry's fields, the five steps and the follow-ups. Once the access has expired the page says so and opens
 * nothing; a new access needs a new reason. The sealed archive is not part of it.
 */
@Route("glass/record/:id")
@RolesAllowed(Role.COUNTY_GOVERNANCE_NAME)
public class GlassRecordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How often an open record asks whether its access has expired. */
    static final int EXPIRY_CHECK_MILLIS = 60_000;

    final Div banner = new Div();
    private Registration expiryCheck;
    private final transient BreakTheGlass glass;
    private final transient Places places;

    GlassRecordView(BreakTheGlass glass, Places places) {
        this.glass = glass;
        this.places = places;
        addClassName("gg-page");
        banner.setId("glass-banner");
        banner.addClassName("gg-glass-banner");
        banner.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<GlassAccess> found = event.getRouteParameters().getLong("id").flatMap(glass::find);
        if (found.isEmpty()) {
            event.forwardTo(GlassView.class);
            Notification.show(getTranslation("glass.notFound"));
            return;
        }
        removeAll();
        RouterLink back = new RouterLink(getTranslation("glass.back"), GlassView.class);
        try {
            GlassRecord record = glass.read(found.get().id());
            banner.setText(getTranslation("glass.banner", record.access().id(),
                    getTranslation(record.access().reason().labelKey()), record.access().reasonText(),
                    Formats.dateTime(record.access().expiresAt(), getLocale()), places.name(record.access().unit())));
            add(banner, back, new H2(record.person().name()), person(record.person()), steps(record),
                    new H3(getTranslation("glass.followUps")), followUps(record),
                    new Paragraph(getTranslation("glass.sealedClosed")));
            closeAtExpiry(record.access().id());
        } catch (GlassExpiredException expired) {
            showExpired(expired.access());
        }
    }

    /** The page asks now and then whether the access still holds, and closes the record once it has expired. */
    private void closeAtExpiry(long id) {
        UI ui = UI.getCurrent();
        ui.setPollInterval(EXPIRY_CHECK_MILLIS);
        expiryCheck = ui.addPollListener(poll -> glass.find(id).filter(access -> !access.active())
                .ifPresent(this::showExpired));
    }

    private void showExpired(GlassAccess access) {
        stopExpiryCheck();
        removeAll();
        Paragraph text = new Paragraph(getTranslation("glass.expired", access.id(),
                Formats.dateTime(access.expiresAt(), getLocale())));
        text.setId("glass-expired");
        add(text, new RouterLink(getTranslation("glass.back"), GlassView.class));
    }

    private void stopExpiryCheck() {
        if (expiryCheck != null) {
            expiryCheck.remove();
            expiryCheck = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopExpiryCheck();
        super.onDetach(event);
    }

    private Component person(GlassRecord.Registered p) {
        Div facts = new Div();
        facts.setId("glass-person");
        facts.addClassName("gg-facts");
        fact(facts, "person.idNumber", p.idNumber());
        fact(facts, "person.sex", getTranslation(p.sex().labelKey()));
        fact(facts, "person.birthDate", text(p.birthDate()));
        fact(facts, "person.phone", p.phone());
        fact(facts, "person.registrationPlace", places.name(p.registrationPlace()));
        fact(facts, "person.orgUnit", p.orgUnitName());
        fact(facts, "person.address", p.address());
        fact(facts, "person.arrivalDate", text(p.arrivalDate()));
        fact(facts, "person.flowType", getTranslation(p.flowType().labelKey()));
        fact(facts, "person.maritalStatus", getTranslation(p.maritalStatus().labelKey()));
        fact(facts, "person.children", String.valueOf(p.children()));
        fact(facts, "person.employer", p.employer());
        fact(facts, "person.certificateNumber", p.certificateNumber());
        fact(facts, "person.certificatePlace", p.certificatePlace());
        fact(facts, "person.certificateValidUntil", text(p.certificateValidUntil()));
        fact(facts, "person.certificateChecked", getTranslation(p.certificateChecked() ? "registry.certificateChecked"
                : "registry.certificateUnchecked"));
        fact(facts, "glass.updated", getTranslation("glass.updatedBy",
                Formats.dateTime(p.updatedAt(), getLocale()), p.updatedBy()));
        return facts;
    }

    private void fact(Div facts, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + "：");
        label.addClassName("gg-muted");
        facts.add(new Div(label, new Span(value == null || value.isBlank() ? "—" : value)));
    }

    /** Each of the five steps: done when and by whom, or open. */
    private Component steps(GlassRecord record) {
        Map<Step, GlassRecord.StepDone> done = record.steps().stream()
                .collect(Collectors.toMap(GlassRecord.StepDone::step, Function.identity(), (first, later) -> later));
        Div steps = new Div(new H3(getTranslation("glass.steps")));
        steps.setId("glass-steps");
        for (Step step : Step.values()) {
            GlassRecord.StepDone d = done.get(step);
            String state = d == null ? getTranslation("step.open")
                    : getTranslation("step.doneBy", d.doneOn().toString(), d.recordedBy())
                    + (d.delivered() == null ? "" : " · " + getTranslation(d.delivered().labelKey()));
            steps.add(new Div(new Span(getTranslation(step.labelKey()) + "："), new Span(state)));
        }
        return steps;
    }

    private Component followUps(GlassRecord record) {
        Grid<GlassRecord.FollowUpDue> grid = new Grid<>();
        grid.setId("glass-follow-ups");
        grid.addColumn(f -> getTranslation(f.kind().labelKey())).setHeader(getTranslation("followUp.kind"));
        grid.addColumn(f -> f.dueOn().toString()).setHeader(getTranslation("followUp.dueOn"));
        grid.addColumn(GlassRecord.FollowUpDue::assignee).setHeader(getTranslation("glass.assignee"));
        grid.addColumn(f -> text(f.doneOn())).setHeader(getTranslation("followUp.doneOn"));
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
        grid.setItems(record.followUps());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.glass") + " · " + getTranslation("app.name");
    }
}
