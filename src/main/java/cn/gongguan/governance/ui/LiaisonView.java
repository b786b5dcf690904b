package cn.gongguan.governance.ui;

import cn.gongguan.governance.LiaisonFinding;
import cn.gongguan.governance.LiaisonFindings;
import cn.gongguan.governance.Operation;
import cn.gongguan.governance.OperationLocation;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.reference.Divisions;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * A department liaison's page (部门联络员): the operations they are named in, the locations the townships assigned,
 * the finding form (the townships' own), and the findings they recorded with whether the township took them in.
 * Nothing here reads a registry: the liaison sees the counts they typed.
 */
@Route("liaison")
@RolesAllowed(Role.LIAISON_NAME)
@Menu(title = "nav.liaison", order = 2, icon = "vaadin:flag")
public class LiaisonView extends VerticalLayout implements TranslatedTitle {

    final Select<Operation> operation = new Select<>();
    final Paragraph facts = new Paragraph();
    final Select<String> township = new Select<>();
    final Grid<OperationLocation> locations = new Grid<>();
    final Button record = new Button();
    final Grid<LiaisonFinding> mine = new Grid<>();
    private final transient LiaisonFindings liaisonFindings;
    private final transient Divisions divisions;
    private final transient Today today;
    private final Map<TenantCode, String> townships;
    /** The locations of the chosen operation, all townships'. */
    private List<OperationLocation> assigned = List.of();

    LiaisonView(LiaisonFindings liaisonFindings, Divisions divisions, Today today, TenantRegistry tenants) {
        this.liaisonFindings = liaisonFindings;
        this.divisions = divisions;
        this.today = today;
        this.townships = tenants.names();
        addClassName("gg-page");
        List<Operation> operations = liaisonFindings.operations();
        operation.setLabel(getTranslation("liaison.operation"));
        operation.setItems(operations);
        operation.setItemLabelGenerator(o -> o.title() + "（" + OperationLabels.period(o) + "）");
        operation.setId("liaison-operation");
        // the title in full, on a phone too
        operation.setWidthFull();
        operation.setMaxWidth("40em");
        operation.addValueChangeListener(e -> showOperation());
        facts.addClassName("gg-facts");
        facts.setId("liaison-facts");
        Paragraph none = new Paragraph(getTranslation("liaison.none"));
        none.setId("liaison-none");
        none.setVisible(operations.isEmpty());

        locations.setId("liaison-locations");
        locations.addColumn(l -> township(l.township())).setHeader(getTranslation("liaison.township"));
        locations.addColumn(OperationLocation::name).setHeader(getTranslation("finding.location"));
        locations.addColumn(l -> getTranslation(l.kind().labelKey())).setHeader(getTranslation("operationTask.kind"));
        locations.addColumn(OperationLocation::unitName).setHeader(getTranslation("operationTask.unit"));
        locations.addColumn(l -> l.isDone() ? l.doneOn().toString() : getTranslation("operationTask.notDone"))
                .setHeader(getTranslation("operationTask.doneOn"));
        locations.addColumn(OperationLocation::findings).setHeader(getTranslation("liaison.findings"));
        locations.getColumns().forEach(column -> column.setAutoWidth(true));
        // an operation of a large county has thousands of locations: the grid scrolls, rendering what is in view
        locations.setHeight("28em");
        township.setLabel(getTranslation("liaison.township"));
        township.setId("liaison-township");
        township.setEmptySelectionAllowed(true);
        township.setEmptySelectionCaption(getTranslation("liaison.township.all"));
        township.setItemLabelGenerator(code -> code == null ? getTranslation("liaison.township.all") : township(code));
        township.addValueChangeListener(e -> showLocations());

        record.setText(getTranslation("finding.new"));
        record.setIcon(VaadinIcon.CLIPBOARD_TEXT.create());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        record.setId("liaison-record");
        record.addClickListener(e -> openFinding());

        mine.setId("liaison-mine");
        mine.addColumn(LiaisonFinding::operationTitle).setHeader(getTranslation("liaison.operation"));
        mine.addColumn(f -> f.location() + "（" + f.unitName() + "）").setHeader(getTranslation("finding.location"));
        mine.addColumn(f -> f.foundOn().toString()).setHeader(getTranslation("finding.foundOn"));
        mine.addColumn(LiaisonFinding::personsChecked).setHeader(getTranslation("finding.personsChecked"));
        mine.addColumn(LiaisonFinding::referred).setHeader(getTranslation("liaison.referred"));
        mine.addComponentColumn(this::taken).setHeader(getTranslation("liaison.taken"));
        mine.getColumns().forEach(column -> column.setAutoWidth(true));
        mine.setAllRowsVisible(true);

        add(new H2(getTranslation("nav.liaison")), none, operation, facts, record, township, locations,
                new H3(getTranslation("liaison.mine")), mine);
        if (!operations.isEmpty()) {
            operation.setValue(operations.getFirst());
        } else {
            showOperation();
        }
        mine.setItems(liaisonFindings.mine());
    }

    @Override
    public String titleKey() {
        return "nav.liaison";
    }

    private void showOperation() {
        Operation chosen = operation.getValue();
        record.setVisible(chosen != null && !chosen.isClosed());
        facts.setVisible(chosen != null);
        locations.setVisible(chosen != null);
        township.setVisible(chosen != null);
        if (chosen == null) {
            return;
        }
        facts.setText(getTranslation("liaison.facts", chosen.lead(), getTranslation(chosen.state().labelKey()),
                chosen.instructions()));
        assigned = liaisonFindings.locations(chosen.id());
        String kept = township.getValue();
        List<String> codes = assigned.stream().map(OperationLocation::township).distinct().sorted().toList();
        township.setItems(codes);
        township.setValue(codes.contains(kept) ? kept : null);
        showLocations();
        record.setEnabled(!assigned.isEmpty());
    }

    /** The chosen operation's locations, of the township chosen (or of all). */
    private List<OperationLocation> filtered() {
        String chosen = township.getValue();
        return chosen == null ? assigned : assigned.stream().filter(l -> l.township().equals(chosen)).toList();
    }

    private void showLocations() {
        locations.setItems(filtered());
    }

    private void openFinding() {
        Operation chosen = operation.getValue();
        assigned = liaisonFindings.locations(chosen.id());
        // the choice of location lists the chosen township's only, when the liaison chose one
        FindingDialog dialog = new FindingDialog(filtered(), null, divisions,
                today.date(), input -> liaisonFindings.record(chosen.id(), input));
        dialog.refuseAtLocation("operation");
        dialog.addSavedListener(saved -> {
            Notification.show(getTranslation("liaison.saved"));
            mine.setItems(liaisonFindings.mine());
            showOperation();
        });
        dialog.open();
    }

    private Span taken(LiaisonFinding finding) {
        Span badge = new Span(finding.isTakenIn()
                ? getTranslation("liaison.taken.yes", Formats.dateTime(finding.takenAt(), getLocale()))
                : finding.takenProblem() != null ? getTranslation("liaison.taken.problem")
                : getTranslation("liaison.taken.waiting"));
        badge.getElement().setAttribute("theme", finding.isTakenIn() ? "badge success" : "badge");
        return badge;
    }

    private String township(String code) {
        return townships.getOrDefault(TenantCode.of(code), code);
    }
}
