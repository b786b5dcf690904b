package cn.gongguan.exchange.ui;

import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.Places;
import cn.gongguan.platform.Today;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;

/**
 * 五反馈 and the exchange: feedback received from villages, committees and other places, to be answered within five
 * working days — overdue ones first and highlighted — and the feedback this tenant sent, with the answers.
 */
@Route("exchange")
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME, Role.COMMITTEE_CLERK_NAME})
@Menu(title = "nav.exchange", order = 8, icon = "vaadin:exchange")
public class ExchangeView extends VerticalLayout implements TranslatedTitle {

    final Tab incoming = new Tab();
    final Tab sent = new Tab();
    final Tabs tabs = new Tabs(incoming, sent);
    final Grid<Message> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final transient Exchange exchange;
    private final transient Places places;
    private final LocalDate today;

    ExchangeView(Exchange exchange, Places places, Today countyToday) {
        this.today = countyToday.date();
        this.exchange = exchange;
        this.places = places;
        addClassName("gg-page");
        setSizeFull();
        incoming.setId("tab-incoming");
        sent.setId("tab-sent");
        summary.setId("exchange-summary");
        refreshCounts();

        grid.setId("messages");
        grid.addColumn(m -> getTranslation(m.kind().labelKey())).setHeader(getTranslation("exchange.kind"));
        grid.addColumn(Message::personName).setHeader(getTranslation("person.name"));
        grid.addColumn(m -> m.idNumber().masked()).setHeader(getTranslation("person.idNumber"));
        grid.addColumn(m -> getTranslation(m.outcome().labelKey())).setHeader(getTranslation("feedback.outcome"));
        grid.addColumn(m -> box() == Exchange.Box.INCOMING ? places.name(m.sender()) : places.name(m.addressee()))
                .setHeader(getTranslation("exchange.place"));
        grid.addColumn(m -> Formats.dateTime(m.sentAt(), getLocale())).setHeader(getTranslation("exchange.sentAt"));
        grid.addColumn(m -> m.due().due() + (m.due().provisional() ? " " + getTranslation("deadline.provisional") : ""))
                .setHeader(getTranslation("exchange.due"));
        grid.addComponentColumn(m -> StateBadge.of(state(m), getTranslation("exchange.answeredShort")))
                .setHeader(getTranslation("exchange.state"));
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
        grid.setPartNameGenerator(m -> state(m) == Message.State.OVERDUE ? "gg-overdue" : null);
        grid.setItems(query -> exchange.list(box(), query.getOffset(), query.getLimit()).stream(),
                query -> exchange.count(box()));
        grid.addItemClickListener(e -> {
            AnswerDialog dialog = new AnswerDialog(exchange, e.getItem(), box() == Exchange.Box.INCOMING, places);
            dialog.addSavedListener(answered -> {
                grid.getDataProvider().refreshAll();
                refreshCounts();
            });
            dialog.open();
        });
        tabs.addSelectedChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("nav.exchange")), summary, tabs, grid);
    }

    /** The tab counts and the overdue summary, as they stand now. */
    private void refreshCounts() {
        incoming.setLabel(getTranslation("exchange.incoming", exchange.count(Exchange.Box.INCOMING)));
        sent.setLabel(getTranslation("exchange.sent", exchange.count(Exchange.Box.SENT)));
        summary.setText(getTranslation("exchange.intro", Exchange.ANSWER_WORKING_DAYS, exchange.countOverdue()));
    }

    private Message.State state(Message message) {
        return message.state(today, places.isTenant(message.addressee()));
    }

    Exchange.Box box() {
        return tabs.getSelectedTab() == sent ? Exchange.Box.SENT : Exchange.Box.INCOMING;
    }

    @Override
    public String titleKey() {
        return "nav.exchange";
    }
}
