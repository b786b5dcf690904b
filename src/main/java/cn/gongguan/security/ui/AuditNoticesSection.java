package cn.gongguan.security.ui;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditEvent;
import cn.gongguan.security.audit.AuditTrail;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.HomeSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * The audit administrator's home page lists every account change of their unit (creations, role grants, disabling,
 * unlocking, resets) as a notice until they acknowledge it.
 */
@org.springframework.stereotype.Component
@Order(0)
class AuditNoticesSection implements HomeSection {

    private static final int SHOWN = 200;

    private final AuditTrail trail;

    AuditNoticesSection(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public Optional<Component> create(TenantCode unit) {
        return CurrentUser.get().role() == Role.AUDIT_ADMIN ? Optional.of(new Notices()) : Optional.empty();
    }

    private final class Notices extends VerticalLayout {

        private final Grid<AuditEvent> grid = new Grid<>();
        private final H3 title = new H3();
        private final Paragraph empty = new Paragraph();
        private final Button acknowledge = new Button();
        private List<AuditEvent> shown = List.of();

        Notices() {
            setPadding(false);
            setId("audit-notices");
            grid.setId("audit-notice-list");
            grid.addColumn(e -> Formats.dateTime(e.at(), getLocale())).setHeader(getTranslation("audit.column.at"));
            grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.column.actor"));
            grid.addColumn(e -> getTranslation(e.action().labelKey())).setHeader(getTranslation("audit.column.action"));
            grid.addColumn(AuditEvent::subject).setHeader(getTranslation("audit.column.subject"));
            grid.addColumn(AuditEvent::detail).setHeader(getTranslation("audit.column.detail"));
            grid.getColumns().forEach(c -> c.setAutoWidth(true));
            grid.setAllRowsVisible(true);
            acknowledge.setText(getTranslation("notices.acknowledge"));
            acknowledge.setId("acknowledge-notices");
            acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            acknowledge.addClickListener(e -> {
                trail.acknowledge(shown);
                refresh();
            });
            empty.setText(getTranslation("notices.none"));
            add(title, empty, grid, acknowledge);
            refresh();
        }

        private void refresh() {
            shown = trail.notices(SHOWN);
            title.setText(getTranslation("notices.title", shown.size()));
            grid.setItems(shown);
            grid.setVisible(!shown.isEmpty());
            acknowledge.setVisible(!shown.isEmpty());
            empty.setVisible(shown.isEmpty());
        }
    }
}
