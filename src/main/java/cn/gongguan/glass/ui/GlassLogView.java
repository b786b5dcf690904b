package cn.gongguan.glass.ui;

import cn.gongguan.exchange.Places;
import cn.gongguan.glass.BreakTheGlass;
import cn.gongguan.glass.GlassAccess;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The county governance group's break-the-glass log: every access its members opened, newest first — number, who,
 * which unit, why, opened, until when and whether it is still active. Which person is not shown: the log names the
 * unit and the access's number, and the unit's own trail says whose record it was.
 */
@Route("glass/log")
@RolesAllowed(Role.COUNTY_GOVERNANCE_NAME)
@Menu(title = "nav.glassLog", order = 8.6, icon = "vaadin:records")
public class GlassLogView extends VerticalLayout implements TranslatedTitle {

    final Grid<GlassAccess> log = new Grid<>();

    GlassLogView(BreakTheGlass glass, Places places) {
        addClassName("gg-page");
        log.setId("glass-log");
        log.addColumn(GlassAccess::id).setHeader(getTranslation("glass.number"));
        log.addColumn(GlassAccess::openedBy).setHeader(getTranslation("glass.openedBy"));
        log.addColumn(a -> places.name(a.unit())).setHeader(getTranslation("glass.unit"));
        log.addColumn(a -> getTranslation(a.reason().labelKey()) + "：" + a.reasonText())
                .setHeader(getTranslation("glass.reason"));
        log.addColumn(a -> Formats.dateTime(a.openedAt(), getLocale())).setHeader(getTranslation("glass.opened"));
        log.addColumn(a -> Formats.dateTime(a.expiresAt(), getLocale())).setHeader(getTranslation("glass.expires"));
        log.addComponentColumn(a -> {
            Span state = new Span(getTranslation(a.active() ? "glass.state.active" : "glass.state.expired"));
            state.getElement().getThemeList().add(a.active() ? "badge success" : "badge contrast");
            return state;
        }).setHeader(getTranslation("glass.state"));
        log.getColumns().forEach(c -> c.setAutoWidth(true));
        log.setItems(query -> glass.log(query.getOffset(), query.getLimit()).stream(), query -> glass.logSize());
        add(new H2(getTranslation("nav.glassLog")), new Paragraph(getTranslation("glass.log.intro")), log);
    }

    @Override
    public String titleKey() {
        return "nav.glassLog";
    }
}
