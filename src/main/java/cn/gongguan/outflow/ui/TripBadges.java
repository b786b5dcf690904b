package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.platform.TenantContext;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** What a trip is, as badges: away or returned, declared late, repeated outflow, within the county. */
final class TripBadges {

    private TripBadges() {
    }

    static FlexLayout of(OutflowTrip trip) {
        FlexLayout badges = new FlexLayout();
        badges.getStyle().set("gap", "var(--lumo-space-xs)").set("flex-wrap", "wrap");
        badges.add(trip.isOpen() ? badge(badges.getTranslation("outflow.state.away"), "badge")
                : badge(badges.getTranslation("outflow.state.returned", trip.getReturnDay().toString()),
                        "badge success"));
        if (!trip.isOnTime()) {
            badges.add(badge(badges.getTranslation("outflow.late"), "badge error"));
        }
        if (trip.isRepeated()) {
            badges.add(badge(badges.getTranslation("outflow.repeated"), "badge contrast"));
        }
        if (OutflowTrips.intraCounty(trip, TenantContext.current())) {
            badges.add(badge(badges.getTranslation("outflow.intraCounty"), "badge"));
        }
        return badges;
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().setAttribute("theme", theme + " small");
        return badge;
    }
}
