package cn.gongguan.exchange.ui;

import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.Places;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.HomeSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;

/**
 * The exchange on the home page of a township's or committee's administrator: the incoming items past their due day,
 * oldest first, each with the place that waits and whether the county sees it already. Nothing when none is overdue.
 */
@org.springframework.stereotype.Component
@Order(15)
class OverdueHomeSection implements HomeSection {

    /** Items listed; the exchange shows the rest. */
    static final int SHOWN = 10;
    private static final Set<Role> ADMINISTRATORS = Set.of(Role.TOWNSHIP_ADMIN, Role.COMMITTEE_CLERK);

    private final Exchange exchange;
    private final Places places;
    private final Today today;

    OverdueHomeSection(Exchange exchange, Places places, Today today) {
        this.exchange = exchange;
        this.places = places;
        this.today = today;
    }

    @Override
    public Optional<Component> create(TenantCode unit) {
        if (!ADMINISTRATORS.contains(CurrentUser.get().role())) {
            return Optional.empty();
        }
        List<Message> overdue = exchange.overdue(SHOWN);
        if (overdue.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = today.date();
        Div section = new Div();
        section.setId("exchange-overdue-home");
        section.addClassName("gg-section");
        section.add(new H3(section.getTranslation("exchange.home.title")));
        section.add(new Paragraph(section.getTranslation("exchange.home.count", exchange.countOverdue())));
        UnorderedList items = new UnorderedList();
        for (Message message : overdue) {
            boolean escalated = !message.escalateOn().isAfter(day);
            items.add(new ListItem(section.getTranslation(escalated ? "exchange.home.escalated" : "exchange.home.item",
                    section.getTranslation(message.kind().labelKey()), places.name(message.sender()),
                    message.due().due().toString())));
        }
        section.add(items, new Div(new RouterLink(section.getTranslation("exchange.home.open"), ExchangeView.class)));
        return Optional.of(section);
    }
}
