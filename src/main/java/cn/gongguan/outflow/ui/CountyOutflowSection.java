package cn.gongguan.outflow.ui;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.uikit.HomeSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * The county's home page shows this month's outflow figures per township, read from the rollups only (one query per
 * figure, whatever the number of townships), never from a township's schema.
 */
@org.springframework.stereotype.Component
@Order(12)
class CountyOutflowSection implements HomeSection {

    private final FigureReadings figures;
    private final TenantRegistry tenants;
    private final Today today;

    CountyOutflowSection(FigureReadings figures, TenantRegistry tenants, Today today) {
        this.figures = figures;
        this.tenants = tenants;
        this.today = today;
    }

    @Override
    public Optional<Component> create(TenantCode unit) {
        if (unit.kind() != TenantKind.COUNTY) {
            return Optional.empty();
        }
        YearMonth month = today.month();
        Map<TenantCode, FigureReadings.Figures> byTownship = figures.ofTenants(unit, month);
        List<FiguresGrid.Line> lines = tenants.subtree(unit).stream()
                .filter(t -> t.kind() == TenantKind.TOWNSHIP)
                .map(t -> new FiguresGrid.Line(t.name(), byTownship.getOrDefault(t.code(), FigureReadings.Figures.NONE)))
                .toList();
        Div section = new Div();
        section.setId("county-outflow-figures");
        section.addClassName("gg-section");
        section.add(new H3(section.getTranslation("outflow.figures.countyTitle", month.toString())),
                new FiguresGrid("county-outflow-grid", "outflow.figures.townshipColumn", lines));
        return Optional.of(section);
    }
}
