package cn.gongguan.housing.ui;

import cn.gongguan.housing.RentalHouse;
import cn.gongguan.housing.RentalHouses;
import cn.gongguan.housing.Sweep;
import cn.gongguan.housing.SweepFinding;
import cn.gongguan.housing.SweepPlans;
import cn.gongguan.housing.Sweeps;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Divisions;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rental-house sweeps (拉网式清理): the sweep plan with the sweeps due and overdue by it, those done with what they
 * found, and the form to record one.
 */
@Route("sweeps")
@RolesAllowed({Role.COMMITTEE_CLERK_NAME, Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME})
@Menu(title = "nav.sweeps", order = 12, icon = "vaadin:search")
public class SweepsView extends VerticalLayout implements TranslatedTitle {

    final Grid<Sweep> grid = new Grid<>();
    private final transient Sweeps sweeps;
    private transient Map<Long, List<SweepFinding>> findingsBySweep = Map.of();

    final SweepPlanPanel plan;

    SweepsView(Sweeps sweeps, SweepPlans plans, RentalHouses houses, Divisions divisions, PersonRegistry registry,
               Today today) {
        this.sweeps = sweeps;
        this.plan = new SweepPlanPanel(plans, today);
        addClassName("gg-page");
        setSizeFull();
        Button record = new Button(getTranslation("sweep.new"), VaadinIcon.PLUS.create(),
                e -> {
                    SweepDialog dialog = new SweepDialog(sweeps, houses, divisions, today);
                    dialog.addSavedListener(saved -> {
                        refresh();
                        plan.refresh();
                    });
                    dialog.open();
                });
        record.setId("record-sweep");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.sweeps")), record);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.setId("sweeps");
        grid.addColumn(Sweep::getSweptOn).setHeader(getTranslation("sweep.sweptOn"));
        grid.addColumn(Sweep::getStaff).setHeader(getTranslation("sweep.staff"));
        grid.addColumn(this::summary).setHeader(getTranslation("sweep.findings")).setFlexGrow(1);
        grid.addColumn(Sweep::getNote).setHeader(getTranslation("sweep.note"));
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
        grid.addItemClickListener(e -> {
            List<SweepFinding> findings = sweeps.findings(e.getItem().getId());
            Map<Long, RentalHouse> swept = new HashMap<>();
            findings.stream().map(SweepFinding::getHouseId).distinct()
                    .forEach(id -> houses.find(id).ifPresent(h -> swept.put(id, h)));
            new SweepFindingsDialog(e.getItem(), findings, swept, registry).open();
        });
        add(header, new Paragraph(getTranslation("sweep.intro")), plan, new H3(getTranslation("sweep.done")), grid);
        refresh();
    }

    private String summary(Sweep sweep) {
        List<SweepFinding> findings = findingsBySweep.getOrDefault(sweep.getId(), List.of());
        long houses = findings.stream().map(SweepFinding::getHouseId).distinct().count();
        return getTranslation("sweep.summary", houses, count(findings, SweepFinding.Kind.UNREPORTED),
                count(findings, SweepFinding.Kind.NO_CERTIFICATE));
    }

    private static long count(List<SweepFinding> findings, SweepFinding.Kind kind) {
        return findings.stream().filter(f -> f.getKind() == kind).count();
    }

    private void refresh() {
        List<Sweep> done = sweeps.list();
        findingsBySweep = sweeps.findings(done.stream().map(Sweep::getId).toList());
        grid.setItems(done);
    }

    @Override
    public String titleKey() {
        return "nav.sweeps";
    }
}
