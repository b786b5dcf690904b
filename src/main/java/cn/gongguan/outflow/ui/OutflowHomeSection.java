package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.uikit.HomeSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;

/**
 * A township's home page shows this month's outflow figures per village, and the township's own (the figures the
 * county sees) below.
 */
@org.springframework.stereotype.Component
@Order(12)
class OutflowHomeSection implements HomeSection {

    private final FigureReadings figures;
    private final OrgUnits orgUnits;
    private final Today today;

    OutflowHomeSection(FigureReadings figures, OrgUnits orgUnits, Today today) {
        this.figures = figures;
        this.orgUnits = orgUnits;
        this.today = today;
    }

    @Override
    public Optional<Component> create(TenantCode unit) {
        if (unit.kind() != TenantKind.TOWNSHIP || !OutflowTrips.mayRecord()) {
            return Optional.empty();
        }
        YearMonth month = today.month();
        Div section = new Div();
        section.setId("outflow-figures");
        section.addClassName("gg-section");
        Map<String, String> names = orgUnits.active().stream()
                .collect(Collectors.toMap(OrgUnit::getCode, OrgUnit::getName));
        List<FiguresGrid.Line> lines = new ArrayList<>();
        figures.ofVillages().forEach((code, f) -> lines.add(new FiguresGrid.Line(
                code.isEmpty() ? section.getTranslation("outflow.figures.noVillage") : names.getOrDefault(code, code),
                f)));
        lines.add(new FiguresGrid.Line(section.getTranslation("outflow.figures.township"), figures.ofTownship(month)));
        section.add(new H3(section.getTranslation("outflow.figures.title", month.toString())),
                new FiguresGrid("outflow-village-figures", "outflow.figures.village", lines));
        return Optional.of(section);
    }
}
