package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.ui.FigureReadings.Figures;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.function.Function;

/**
 * The outflow figures of a month, a row per unit (a village, a township) and the whole below: persons away, trips
 * declared and the on-time rate, the registration rate, the re-check's and six ones' completion, incentives given. A
 * figure nobody recorded shows "—", never 0.
 */
class FiguresGrid extends Grid<FiguresGrid.Line> {

    static final String MISSING = "—";

    /** One unit's figures. */
    record Line(String unit, Figures figures) {
    }

    FiguresGrid(String id, String unitKey, List<Line> lines) {
        setId(id);
        addColumn(Line::unit).setHeader(getTranslation(unitKey)).setKey("unit").setFlexGrow(2);
        column("away", "outflow.figures.away", f -> count(f.away()));
        column("declared", "outflow.figures.declared", f -> count(f.declared()));
        column("onTime", "outflow.figures.onTimeRate", f -> percent(f.onTimeRate()));
        column("registered", "outflow.figures.registrationRate", f -> percent(f.registrationRate()));
        column("recheck", "outflow.figures.recheck", f -> percent(f.recheckRate()));
        column("sixOnes", "outflow.figures.sixOnes", f -> percent(f.sixOnesRate()));
        column("incentives", "outflow.figures.incentives", f -> count(f.incentives()));
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        setItems(lines);
    }

    private void column(String key, String headerKey, Function<Figures, String> value) {
        addColumn(line -> value.apply(line.figures())).setHeader(getTranslation(headerKey)).setKey(key)
                .setAutoWidth(true);
    }

    static String count(Long value) {
        return value == null ? MISSING : String.valueOf(value);
    }

    static String percent(Integer rate) {
        return rate == null ? MISSING : rate + "%";
    }
}
