package cn.gongguan.exchange.ui;

import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.Places;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The county's view of the exchange's escalations: the units of its tree that have left items unanswered
 * {@value Exchange#ESCALATION_WORKING_DAYS} working days past their due day — how many, and each item's kind, number,
 * sender and days. Who is late, never about whom or what: the database gives the county nothing more.
 */
@Route("exchange/escalated")
@RolesAllowed({Role.COUNTY_ADMIN_NAME, Role.COUNTY_GOVERNANCE_NAME})
@Menu(title = "nav.exchangeEscalated", order = 8.2, icon = "vaadin:warning")
public class EscalationsView extends VerticalLayout implements TranslatedTitle {

    final Grid<Map.Entry<String, Long>> units = new Grid<>();
    final Grid<Exchange.Escalation> items = new Grid<>();

    EscalationsView(Exchange exchange, Places places) {
        addClassName("gg-page");
        List<Exchange.Escalation> escalations = exchange.escalations();
        Map<String, Long> perUnit = escalations.stream().collect(Collectors.groupingBy(
                e -> places.name(e.addressee()), TreeMap::new, Collectors.counting()));
        units.setId("escalated-units");
        units.addColumn(Map.Entry::getKey).setHeader(getTranslation("exchange.escalated.unit"));
        units.addColumn(Map.Entry::getValue).setHeader(getTranslation("exchange.escalated.count"));
        units.setItems(perUnit.entrySet().stream().toList());
        units.setAllRowsVisible(true);
        items.setId("escalated-items");
        items.addColumn(e -> places.name(e.addressee())).setHeader(getTranslation("exchange.escalated.unit"));
        items.addColumn(e -> getTranslation(e.kind().labelKey())).setHeader(getTranslation("exchange.kind"));
        items.addColumn(Exchange.Escalation::id).setHeader(getTranslation("exchange.escalated.number"));
        items.addColumn(e -> places.name(e.sender())).setHeader(getTranslation("exchange.escalated.sender"));
        items.addColumn(e -> Formats.dateTime(e.sentAt(), getLocale())).setHeader(getTranslation("exchange.sentAt"));
        items.addColumn(e -> e.due().toString()).setHeader(getTranslation("exchange.due"));
        items.addColumn(e -> e.escalateOn().toString()).setHeader(getTranslation("exchange.escalated.since"));
        items.getColumns().forEach(c -> c.setAutoWidth(true));
        items.setItems(escalations);
        add(new H2(getTranslation("nav.exchangeEscalated")),
                new Paragraph(getTranslation("exchange.escalated.intro", Exchange.ESCALATION_WORKING_DAYS,
                        escalations.size())),
                units, new H3(getTranslation("exchange.escalated.items")), items);
    }

    @Override
    public String titleKey() {
        return "nav.exchangeEscalated";
    }
}
