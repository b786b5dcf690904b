package cn.gongguan.glass.ui;

import cn.gongguan.exchange.Places;
import cn.gongguan.glass.BreakTheGlass;
import cn.gongguan.glass.GlassAccess;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/**
 * Break-the-glass (紧急查阅) for a member of the county governance group: what it is for and what it leaves behind,
 * the button that opens a record with a reason, and the member's accesses still active, to open again.
 */
@Route("glass")
@RolesAllowed(Role.COUNTY_GOVERNANCE_NAME)
@Menu(title = "nav.glass", order = 8.5, icon = "vaadin:unlock")
public class GlassView extends VerticalLayout implements TranslatedTitle {

    final Button open = new Button();
    final Grid<GlassAccess> active = new Grid<>();

    GlassView(BreakTheGlass glass, Places places) {
        addClassName("gg-page");
        open.setText(getTranslation("glass.open.title"));
        open.setIcon(VaadinIcon.UNLOCK.create());
        open.setId("glass-open-record");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> {
            GlassDialog dialog = new GlassDialog(glass);
            dialog.addSavedListener(saved -> show(saved.saved()));
            dialog.open();
        });
        active.setId("glass-active");
        active.addColumn(GlassAccess::id).setHeader(getTranslation("glass.number")).setAutoWidth(true);
        active.addColumn(a -> places.name(a.unit())).setHeader(getTranslation("glass.unit")).setAutoWidth(true);
        active.addColumn(a -> getTranslation(a.reason().labelKey())).setHeader(getTranslation("glass.reason"))
                .setAutoWidth(true);
        active.addColumn(a -> Formats.dateTime(a.expiresAt(), getLocale())).setHeader(getTranslation("glass.expires"))
                .setAutoWidth(true);
        active.addComponentColumn(a -> {
            Button again = new Button(getTranslation("glass.openAgain"), e -> show(a.id()));
            again.addThemeVariants(ButtonVariant.LUMO_SMALL);
            again.setId("glass-again-" + a.id());
            return again;
        });
        active.setItems(glass.activeOfMine());
        active.setAllRowsVisible(true);
        add(new H2(getTranslation("nav.glass")),
                new Paragraph(getTranslation("glass.intro", glass.duration().toMinutes())), open,
                new H3(getTranslation("glass.active")), active);
    }

    private void show(long access) {
        getUI().ifPresent(ui -> ui.navigate(GlassRecordView.class, new RouteParameters("id", String.valueOf(access))));
    }

    @Override
    public String titleKey() {
        return "nav.glass";
    }
}
