package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.report.OfficerReports;
import cn.gongguan.outflow.report.ReportState;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.HomeSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;

/**
 * Officers' reports on the home page: the township's staff see how many wait for their acceptance, an information
 * officer how many of the groups' reports wait at their station and how many of their own came back.
 */
@org.springframework.stereotype.Component
@Order(20)
class ReportsHomeSection implements HomeSection {

    private final OfficerReports reports;

    ReportsHomeSection(OfficerReports reports) {
        this.reports = reports;
    }

    @Override
    public Optional<Component> create(TenantCode unit) {
        Role role = CurrentUser.get().role();
        Div section = new Div();
        section.setId("reports-home");
        section.addClassName("gg-section");
        section.add(new H3(section.getTranslation("officerReport.home.title")));
        if (role == Role.TOWNSHIP_ADMIN || role == Role.TOWNSHIP_STAFF) {
            section.add(link("reports-awaiting", section.getTranslation("officerReport.home.awaiting",
                    reports.countAtTownship(Set.of(ReportState.FORWARDED))), ReportInboxView.class));
        } else if (Role.OFFICERS.contains(role)) {
            if (role == Role.VILLAGE_OFFICER) {
                section.add(link("reports-at-station", section.getTranslation("officerReport.home.atStation",
                        reports.countAtStation()), ReportStationView.class));
            }
            section.add(link("reports-returned", section.getTranslation("officerReport.home.returned",
                    reports.countReturnedToMe()), MyReportsView.class));
        } else {
            return Optional.empty();
        }
        return Optional.of(section);
    }

    private static Div link(String id, String text, Class<? extends Component> view) {
        RouterLink link = new RouterLink(text, view);
        link.setId(id);
        return new Div(link);
    }
}
