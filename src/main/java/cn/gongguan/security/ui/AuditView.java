package cn.gongguan.security.ui;

import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditChains;
import cn.gongguan.security.audit.AuditEvent;
import cn.gongguan.security.audit.AuditFilter;
import cn.gongguan.security.audit.AuditTrail;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The audit administrator reads the audit trail of their own tenant, newest first, narrowed by user, action and dates,
 * and verifies its hash chain (the county's also the platform's chain of failed logins under unknown user names).
 */
@Route("audit")
@RolesAllowed(Role.AUDIT_ADMIN_NAME)
@Menu(title = "nav.audit", order = 30, icon = "vaadin:clipboard-text")
public class AuditView extends VerticalLayout implements TranslatedTitle {

    final TextField actor = new TextField();
    final Select<AuditAction> action = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditEvent> grid = new Grid<>();
    final Button verify = new Button();
    final Div chainResult = new Div();
    private final transient AuditChains chains;

    AuditView(AuditTrail trail, AuditChains chains) {
        this.chains = chains;
        addClassName("gg-page");
        setSizeFull();
        actor.setLabel(getTranslation("audit.column.actor"));
        actor.setId("audit-actor");
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.column.action"));
        action.setId("audit-action");
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.allActions"));
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.allActions") : getTranslation(a.labelKey()));
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));

        grid.setId("audit-events");
        grid.addColumn(e -> Formats.dateTime(e.at(), getLocale())).setHeader(getTranslation("audit.column.at"));
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.column.actor"));
        grid.addColumn(e -> getTranslation(e.action().labelKey())).setHeader(getTranslation("audit.column.action"));
        grid.addColumn(AuditEvent::subject).setHeader(getTranslation("audit.column.subject"));
        grid.addColumn(AuditEvent::detail).setHeader(getTranslation("audit.column.detail"));
        grid.addColumn(AuditEvent::remoteAddress).setHeader(getTranslation("audit.column.address"));
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.setItems(query -> trail.list(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> trail.count(filter()));
        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        verify.setText(getTranslation("audit.verify"));
        verify.setId("audit-verify");
        verify.addClickListener(e -> showVerdicts());
        chainResult.setId("audit-chain-result");

        HorizontalLayout filters = new HorizontalLayout(actor, action, from, to, verify);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("nav.audit")), filters, chainResult, grid);
    }

    /** Verifies the hash chain of the unit's audit trail and says where it is broken first, if anywhere. */
    private void showVerdicts() {
        chainResult.removeAll();
        for (AuditChains.Verdict verdict : chains.verifyOwn()) {
            String chain = verdict.chain().isEmpty() ? getTranslation("audit.chain.platform") : verdict.chain();
            Paragraph line = new Paragraph(verdict.broken()
                    .map(b -> getTranslation("audit.chain.broken", chain, String.valueOf(b.eventId()),
                            b.at() == null ? "" : Formats.dateTime(b.at(), getLocale()), String.valueOf(b.position()),
                            getTranslation("audit.chain." + b.kind().name())))
                    .orElse(getTranslation("audit.chain.intact", chain, String.valueOf(verdict.events()))));
            if (!verdict.intact()) {
                line.addClassName("gg-chain-broken");
            }
            chainResult.add(line);
        }
        grid.getDataProvider().refreshAll();
    }

    private AuditFilter filter() {
        return new AuditFilter(actor.getValue(), action.getValue(), startOf(from.getValue()),
                to.getValue() == null ? null : startOf(to.getValue().plusDays(1)));
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Formats.ZONE).toInstant();
    }

    @Override
    public String titleKey() {
        return "nav.audit";
    }
}
