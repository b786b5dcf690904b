package cn.gongguan.exchange.ui;

import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.MessageKind;
import cn.gongguan.exchange.NationalBridge;
import cn.gongguan.exchange.OutboxState;
import cn.gongguan.exchange.Places;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The unit's exchange with the national platform by files: the outbox (what waits for the next batch, what went in
 * which batch, what the platform acknowledged), the export of a new batch, the batches downloaded again, and the import
 * of the platform's files. Nothing leaves the system except in a file someone exports here. The county's administrator
 * sees the county's outbox (its bulletins of regional cooperation) and exports it; importing is the units' work.
 */
@Route(NationalView.ROUTE)
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME, Role.COMMITTEE_CLERK_NAME,
        Role.COUNTY_ADMIN_NAME})
@Menu(title = "nav.national", order = 8.1, icon = "vaadin:exchange")
public class NationalView extends VerticalLayout implements TranslatedTitle {

    static final String ROUTE = "exchange/national";

    final EnumSelect<OutboxState> state = new EnumSelect<>("national.state", OutboxState.values());
    final Button export = new Button();
    final Button importFile = new Button();
    final Grid<Message> outbox = new Grid<>();
    final Grid<NationalBridge.Batch> batches = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final transient NationalBridge bridge;
    private final transient Places places;

    NationalView(NationalBridge bridge, Places places, ObjectProvider<NationalImportDialog> imports) {
        this.bridge = bridge;
        this.places = places;
        addClassName("gg-page");
        summary.setId("national-summary");
        state.setId("national-state");
        state.setItemLabelGenerator(s -> s == null ? getTranslation("national.state.all") : getTranslation(s.labelKey()));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("national.state.all"));
        state.addValueChangeListener(e -> outbox.getDataProvider().refreshAll());

        export.setId("national-export");
        export.setText(getTranslation("national.export"));
        export.setIcon(VaadinIcon.UPLOAD_ALT.create());
        export.addClickListener(e -> new NationalBatchDialog(bridge, null,
                bridge.countOutbox(OutboxState.WAITING), number -> refresh()).open());
        importFile.setId("national-import");
        importFile.setText(getTranslation("national.import"));
        importFile.setIcon(VaadinIcon.DOWNLOAD_ALT.create());
        importFile.addClickListener(e -> {
            NationalImportDialog dialog = imports.getObject();
            dialog.setOnImported(this::refresh);
            dialog.open();
        });
        // the county's outbox holds its bulletins to partner regions; what the platform sends comes to the units
        importFile.setVisible(CurrentUser.find().map(u -> NationalBridge.USERS.contains(u.role())).orElse(false));
        HorizontalLayout tools = new HorizontalLayout(state, export, importFile);
        tools.setWrap(true);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);

        outbox.setId("national-outbox");
        outbox.addColumn(this::category).setHeader(getTranslation("national.category"));
        // a bulletin of regional cooperation names no person: its title stands in the name's column
        outbox.addColumn(m -> m.kind() == MessageKind.NOTICE ? m.title() : m.personName())
                .setHeader(getTranslation("person.name"));
        outbox.addColumn(m -> m.idNumber() == null ? "" : m.idNumber().masked())
                .setHeader(getTranslation("person.idNumber"));
        outbox.addColumn(m -> places.name(outside(m))).setHeader(getTranslation("exchange.place"));
        outbox.addColumn(m -> Formats.dateTime(isOurAnswer(m) ? m.answeredAt() : m.sentAt(), getLocale()))
                .setHeader(getTranslation("exchange.sentAt"));
        outbox.addComponentColumn(m -> StateBadge.of(m, Message.State.VIA_NATIONAL, ""))
                .setKey("state").setHeader(getTranslation("exchange.state"));
        outbox.getColumns().forEach(c -> c.setAutoWidth(true));
        outbox.setEmptyStateText(getTranslation("national.outbox.none"));
        outbox.setHeight("24rem");
        outbox.setItems(query -> bridge.outbox(state.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> bridge.countOutbox(state.getValue()));

        batches.setId("national-batches");
        batches.addColumn(NationalBridge.Batch::number).setHeader(getTranslation("national.batch"));
        batches.addColumn(NationalBridge.Batch::messages).setHeader(getTranslation("national.batch.messages"));
        batches.addColumn(NationalBridge.Batch::exportedBy).setHeader(getTranslation("national.batch.exportedBy"));
        batches.addColumn(b -> Formats.dateTime(b.exportedAt(), getLocale()))
                .setHeader(getTranslation("national.batch.exportedAt"));
        batches.addComponentColumn(b -> {
            Button again = new Button(getTranslation("national.download.again"), VaadinIcon.DOWNLOAD.create());
            again.setId("national-batch-" + b.number());
            again.addClickListener(e -> new NationalBatchDialog(bridge, b.number(), b.messages(), n -> { }).open());
            return again;
        }).setKey("download");
        batches.getColumns().forEach(c -> c.setAutoWidth(true));
        batches.setEmptyStateText(getTranslation("national.batches.none"));
        batches.setAllRowsVisible(true);

        add(new H2(getTranslation("nav.national")), summary, tools, outbox,
                new H3(getTranslation("national.batches")), batches);
        refresh();
    }

    private void refresh() {
        summary.setText(getTranslation("national.summary", bridge.countOutbox(OutboxState.WAITING)));
        export.setEnabled(bridge.countOutbox(OutboxState.WAITING) > 0);
        outbox.getDataProvider().refreshAll();
        batches.setItems(bridge.batches());
    }

    /** Our answer to a request that came from the platform (we are its addressee), else our own question. */
    private boolean isOurAnswer(Message message) {
        return !places.isTenant(message.sender());
    }

    private String outside(Message message) {
        return isOurAnswer(message) ? message.sender() : message.addressee();
    }

    private String category(Message message) {
        String kind = getTranslation("national.kind." + message.kind().name());
        return isOurAnswer(message) ? getTranslation("national.kind.answer", kind) : kind;
    }

    @Override
    public String titleKey() {
        return "nav.national";
    }
}
