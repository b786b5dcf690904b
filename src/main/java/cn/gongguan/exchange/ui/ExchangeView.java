package cn.gongguan.exchange.ui;

import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.MessageKind;
import cn.gongguan.exchange.Places;
import cn.gongguan.exchange.TimeLimits;
import cn.gongguan.platform.Texts;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.reference.Divisions;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The exchange (五反馈, 协查, 通报): what came in — to be answered within its time limit, overdue first and highlighted —
 * and what this unit sent, with the answers and read receipts; filtered by kind, state and due day, exported to Excel as
 * shown. A row opens its whole thread. Townships and committees ask other places and send notices from here; the
 * county sends notices and sees its own.
 */
@Route("exchange")
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME, Role.COMMITTEE_CLERK_NAME, Role.COUNTY_ADMIN_NAME,
        Role.COUNTY_GOVERNANCE_NAME})
@Menu(title = "nav.exchange", order = 8, icon = "vaadin:exchange")
public class ExchangeView extends VerticalLayout implements TranslatedTitle {

    final Tab incoming = new Tab();
    final Tab sent = new Tab();
    final Tabs tabs = new Tabs(incoming, sent);
    final Grid<Message> grid = new Grid<>();
    final Select<MessageKind> kind = new Select<>();
    final Select<Message.State> state = new Select<>();
    final DatePicker dueFrom = new DatePicker();
    final DatePicker dueTo = new DatePicker();
    final Button ask = new Button();
    final Button notice = new Button();
    final Anchor export = new Anchor();
    private final Paragraph summary = new Paragraph();
    private final transient Exchange exchange;
    private final transient Places places;
    private final LocalDate today;

    ExchangeView(Exchange exchange, TimeLimits timeLimits, Places places, Today countyToday, Divisions divisions,
                 TenantRegistry tenants) {
        this.today = countyToday.date();
        this.exchange = exchange;
        this.places = places;
        addClassName("gg-page");
        setSizeFull();
        incoming.setId("tab-incoming");
        sent.setId("tab-sent");
        summary.setId("exchange-summary");

        ask.setText(getTranslation("exchange.ask.new"));
        ask.setId("exchange-ask");
        ask.setIcon(VaadinIcon.SEARCH.create());
        ask.setVisible(Exchange.mayAnswer());
        ask.addClickListener(e -> {
            AskDialog dialog = new AskDialog(exchange, timeLimits, places, divisions, tenants);
            dialog.addSavedListener(saved -> refresh());
            dialog.open();
        });
        notice.setText(getTranslation("exchange.notice.new"));
        notice.setId("exchange-notice");
        notice.setIcon(VaadinIcon.MEGAPHONE.create());
        notice.setVisible(Exchange.mayNotify());
        notice.addClickListener(e -> {
            NoticeDialog dialog = new NoticeDialog(exchange, tenants);
            dialog.addSavedListener(saved -> {
                tabs.setSelectedTab(sent);
                refresh();
            });
            dialog.open();
        });
        Button exportButton = new Button(getTranslation("exchange.export"), VaadinIcon.DOWNLOAD.create());
        export.add(exportButton);
        export.setId("exchange-export");
        export.setHref((DownloadHandler) event -> {
            event.setFileName("exchange-" + today + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            int written = new InboxWorkbook(exchange, places, today, this::getTranslation).write(box(), filter(),
                    event.getOutputStream());
            exchange.exported(box(), filter(), written);
        });
        HorizontalLayout actions = new HorizontalLayout(ask, notice, export);
        actions.setWrap(true);

        kind.setId("filter-kind");
        kind.setLabel(getTranslation("exchange.kind"));
        kind.setItems(MessageKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("exchange.filter.any") : getTranslation(k.labelKey()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("exchange.filter.any"));
        state.setId("filter-state");
        state.setLabel(getTranslation("exchange.state"));
        state.setItems(Arrays.stream(Message.State.values()).toList());
        state.setItemLabelGenerator(s -> s == null ? getTranslation("exchange.filter.any")
                : getTranslation(s == Message.State.ANSWERED ? "exchange.answeredShort" : stateKey(s)));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("exchange.filter.any"));
        dueFrom.setId("filter-due-from");
        dueFrom.setLabel(getTranslation("exchange.filter.dueFrom"));
        dueTo.setId("filter-due-to");
        dueTo.setLabel(getTranslation("exchange.filter.dueTo"));
        kind.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        dueFrom.addValueChangeListener(e -> refresh());
        dueTo.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(kind, state, dueFrom, dueTo);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("messages");
        grid.addColumn(m -> getTranslation(m.kind().labelKey()) + (m.threadId() != null && m.kind().isAnswered()
                ? " · " + getTranslation("exchange.followUp.short") : "")).setHeader(getTranslation("exchange.kind"));
        grid.addColumn(m -> m.kind() == MessageKind.NOTICE ? m.title() : m.personName())
                .setHeader(getTranslation("exchange.subject"));
        grid.addColumn(m -> m.idNumber() == null ? "" : m.idNumber().masked()).setHeader(getTranslation("person.idNumber"));
        grid.addColumn(m -> what(this::getTranslation, m)).setHeader(getTranslation("exchange.what"));
        grid.addColumn(m -> box() == Exchange.Box.INCOMING ? places.name(m.sender()) : addressee(m))
                .setHeader(getTranslation("exchange.place"));
        grid.addColumn(m -> Formats.dateTime(m.sentAt(), getLocale())).setHeader(getTranslation("exchange.sentAt"));
        grid.addColumn(this::due).setHeader(getTranslation("exchange.due"));
        grid.addComponentColumn(m -> StateBadge.of(m, state(m), getTranslation("exchange.answeredShort")))
                .setHeader(getTranslation("exchange.state"));
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
        grid.setPartNameGenerator(m -> overdue(state(m)) ? "gg-overdue" : null);
        grid.setItems(query -> exchange.list(box(), filter(), query.getOffset(), query.getLimit()).stream(),
                query -> exchange.count(box(), filter()));
        grid.addItemClickListener(e -> {
            ThreadDialog dialog = new ThreadDialog(exchange, places, e.getItem().id(), today);
            dialog.addSavedListener(changed -> refresh());
            dialog.addOpenedChangeListener(opened -> {
                if (!opened.isOpened()) {
                    refresh();
                }
            });
            dialog.open();
        });
        tabs.addSelectedChangeListener(e -> refresh());
        add(new H2(getTranslation("nav.exchange")), summary, actions, tabs, filters, grid);
        refreshCounts();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        refreshCounts();
    }

    /** The tab counts (of what the filters let through) and the overdue summary, as they stand now. */
    private void refreshCounts() {
        incoming.setLabel(getTranslation("exchange.incoming", exchange.count(Exchange.Box.INCOMING, filter())));
        sent.setLabel(getTranslation("exchange.sent", exchange.count(Exchange.Box.SENT, filter())));
        summary.setText(getTranslation("exchange.intro", Exchange.ANSWER_WORKING_DAYS, exchange.countOverdue()));
    }

    Exchange.Filter filter() {
        return new Exchange.Filter(kind.getValue(), state.getValue(), dueFrom.getValue(), dueTo.getValue());
    }

    private String due(Message message) {
        if (message.due() == null) {
            return "";
        }
        return message.due().due() + (message.due().provisional() ? " " + getTranslation("deadline.provisional") : "");
    }

    /** A sent notice names its first addressee and how many more there are. */
    private String addressee(Message message) {
        if (message.kind() != MessageKind.NOTICE) {
            return places.name(message.addressee());
        }
        var receipts = exchange.receipts(message.id());
        long read = receipts.stream().filter(r -> r.readAt() != null).count();
        return getTranslation("exchange.notice.addressees", receipts.size(), read);
    }

    /** What a message is about, in clear: a feedback's outcome, a verification request's topic. */
    static String what(Texts translate, Message message) {
        if (message.outcome() != null) {
            return translate.get(message.outcome().labelKey());
        }
        return message.topic() == null ? "" : translate.get(message.topic().labelKey());
    }

    private Message.State state(Message message) {
        return message.state(today, places.isTenant(message.addressee()));
    }

    static boolean overdue(Message.State state) {
        return state == Message.State.OVERDUE || state == Message.State.ESCALATED;
    }

    static String stateKey(Message.State state) {
        return switch (state) {
            case VIA_NATIONAL -> "exchange.viaNational";
            case OVERDUE -> "exchange.overdue";
            case AWAITING -> "exchange.awaiting";
            case ANSWERED -> "exchange.answeredShort";
            default -> "exchange.state." + state.name();
        };
    }

    Exchange.Box box() {
        return tabs.getSelectedTab() == sent ? Exchange.Box.SENT : Exchange.Box.INCOMING;
    }

    @Override
    public String titleKey() {
        return "nav.exchange";
    }
}
