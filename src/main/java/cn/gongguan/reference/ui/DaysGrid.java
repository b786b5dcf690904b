package cn.gongguan.reference.ui;

import cn.gongguan.reference.CalendarDay;
import com.vaadin.flow.component.grid.Grid;

/** The exceptional days of a year: the day, its kind and its name in the user's language. */
class DaysGrid extends Grid<CalendarDay> {

    DaysGrid() {
        addColumn(CalendarDay::day).setHeader(getTranslation("calendar.day"));
        addColumn(d -> getTranslation("calendar.kind." + d.kind())).setHeader(getTranslation("calendar.kind"));
        addColumn(d -> getLocale().getLanguage().equals("en") ? d.nameEn() : d.nameZh())
                .setHeader(getTranslation("calendar.name")).setFlexGrow(1);
        setHeight("16rem");
    }
}
