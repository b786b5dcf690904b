package cn.gongguan.dashboard.ui;

import cn.gongguan.dashboard.Dashboards.State;
import cn.gongguan.dashboard.Dashboards.Unit;
import cn.gongguan.dashboard.Figure;
import cn.gongguan.platform.Texts;

/**
 * How a board shows a unit's figure, the same on the screen, in the workbook and on paper: a count as a number, a rate
 * in percent, and a dash where there is no figure (never a zero that was not counted).
 */
final class FigureText {

    /** What stands where a unit has no figure: its month was not counted, or a rate has nothing due. */
    static final String NONE = "—";

    private FigureText() {
    }

    static String of(Unit unit, Figure figure) {
        Figure.Reading reading = unit.reading(figure);
        if (reading == null) {
            return NONE;
        }
        if (figure.kind() != Figure.Kind.RATE) {
            return String.valueOf(reading.value());
        }
        Integer percent = reading.percent();
        return percent == null ? NONE : percent + "%";
    }

    /** The unit's late items, or a dash when nothing was counted. */
    static String late(Unit unit) {
        return unit.state() == State.MISSING ? NONE : String.valueOf(unit.late());
    }

    /** What a rate stands for (done of due), or why a figure is absent. */
    static String tip(Unit unit, Figure figure, Texts texts) {
        Figure.Reading reading = unit.reading(figure);
        if (reading == null) {
            return texts.get("dashboard.state.MISSING.tip");
        }
        if (figure.kind() != Figure.Kind.RATE) {
            return null;
        }
        return reading.percent() == null ? texts.get("dashboard.rate.nothingDue")
                : texts.get("dashboard.rate.tip", reading.value(), reading.base());
    }

    /** The figure as a chart draws it: a count, a rate in percent, or null (a gap) where there is none. */
    static Number value(Unit unit, Figure figure) {
        Figure.Reading reading = unit.reading(figure);
        if (reading == null) {
            return null;
        }
        return figure.kind() == Figure.Kind.RATE ? reading.percent() : (Number) reading.value();
    }
}
