package cn.gongguan.security.ui;

import cn.gongguan.platform.TenantKind;
import cn.gongguan.platform.reseal.Reseal;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The county's system administrator sees which key version seals sensitive data and, during a key rotation, how far
 * the re-seal has come for each kind of sealed value in each tenant (and any problem it met). The keys themselves are
 * settings of the installation, never shown or changed here.
 */
@Route("keys")
@RolesAllowed(Role.SYSTEM_ADMIN_NAME)
@Menu(title = "nav.keys", order = 40, icon = "vaadin:key")
public class KeysView extends VerticalLayout implements TranslatedTitle {

    final Paragraph state = new Paragraph();
    final Grid<Reseal.Progress> progress = new Grid<>();

    KeysView(Reseal reseal) {
        addClassName("gg-page");
        add(new H2(getTranslation("nav.keys")));
        if (CurrentUser.get().tenant().kind() != TenantKind.COUNTY) {
            add(new Paragraph(getTranslation("keys.countyOnly")));
            return;
        }
        Reseal.Status status = reseal.status();
        state.setId("keys-state");
        state.setText(describe(status));
        progress.setId("reseal-progress");
        progress.addColumn(p -> getTranslation("keys.kind." + p.kind())).setHeader(getTranslation("keys.column.kind"));
        progress.addColumn(p -> p.scope().isEmpty() ? getTranslation("keys.platform") : p.scope())
                .setHeader(getTranslation("keys.column.scope"));
        progress.addColumn(Reseal.Progress::resealed).setHeader(getTranslation("keys.column.resealed"));
        progress.addColumn(p -> p.done() ? getTranslation("keys.done")
                        : p.problem() != null ? getTranslation("keys.problem", p.problem()) : getTranslation("keys.running"))
                .setHeader(getTranslation("keys.column.state")).setFlexGrow(1);
        progress.addColumn(p -> Formats.dateTime(p.updatedAt(), getLocale())).setHeader(getTranslation("keys.column.at"));
        progress.getColumns().forEach(column -> column.setAutoWidth(true));
        progress.setItems(status.progress());
        progress.setVisible(!status.progress().isEmpty());
        add(state, new Paragraph(getTranslation("keys.howTo")), progress);
    }

    private String describe(Reseal.Status status) {
        String current = String.valueOf(status.currentVersion());
        if (status.previousVersion().isEmpty()) {
            return getTranslation("keys.current", current);
        }
        String previous = String.valueOf(status.previousVersion().getAsInt());
        return status.previousRetired() ? getTranslation("keys.retired", current, previous)
                : getTranslation("keys.rotating", current, previous, String.valueOf(status.done()),
                String.valueOf(status.units()));
    }

    @Override
    public String titleKey() {
        return "nav.keys";
    }
}
