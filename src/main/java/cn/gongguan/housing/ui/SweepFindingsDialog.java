package cn.gongguan.housing.ui;

import cn.gongguan.housing.RentalHouse;
import cn.gongguan.housing.Sweep;
import cn.gongguan.housing.SweepFinding;
import cn.gongguan.registry.PersonRegistry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A sweep's findings house by house: each person found and what was wrong. A person's row opens their five-step
 * checklist, where the follow-up the finding created is.
 */
class SweepFindingsDialog extends Dialog {

    final Grid<SweepFinding> grid = new Grid<>();

    SweepFindingsDialog(Sweep sweep, List<SweepFinding> findings, Map<Long, RentalHouse> houses,
                        PersonRegistry registry) {
        setHeaderTitle(getTranslation("sweep.findings.title", sweep.getSweptOn().toString()));
        setWidth("min(56rem, 100vw)");
        grid.setId("sweep-findings");
        grid.addColumn(f -> address(houses, f))
                .setHeader(getTranslation("house.address")).setAutoWidth(true);
        grid.addColumn(f -> f.getPersonId() == null ? "" : registry.find(f.getPersonId())
                        .map(p -> p.getName() + " · " + p.getIdNumber().masked()).orElse(""))
                .setHeader(getTranslation("sweep.findings.person")).setAutoWidth(true);
        grid.addColumn(f -> getTranslation(f.getKind().labelKey())).setHeader(getTranslation("sweep.findings"))
                .setFlexGrow(1);
        grid.setItems(findings.stream().sorted(Comparator.comparing(f -> address(houses, f))).toList());
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> {
            if (e.getItem().getPersonId() != null) {
                close();
                getUI().ifPresent(ui -> ui.navigate("persons/" + e.getItem().getPersonId()));
            }
        });
        add(new Paragraph(getTranslation("sweep.findings.staff", sweep.getStaff())), grid);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private static String address(Map<Long, RentalHouse> houses, SweepFinding finding) {
        RentalHouse house = houses.get(finding.getHouseId());
        return house == null ? "" : house.getAddress();
    }
}
