package cn.gongguan.police.ui;

import cn.gongguan.police.PoliceStation;
import cn.gongguan.police.PoliceStations;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The police stations covering the township, kept by its administrator; a row opens the station for editing. */
@Route("police-stations")
@RolesAllowed(Role.TOWNSHIP_ADMIN_NAME)
@Menu(title = "nav.policeStations", order = 12.7, icon = "vaadin:shield")
public class PoliceStationsView extends VerticalLayout implements TranslatedTitle {

    final Grid<PoliceStation> grid = new Grid<>();
    private final transient PoliceStations stations;

    PoliceStationsView(PoliceStations stations) {
        this.stations = stations;
        addClassName("gg-page");
        Button add = new Button(getTranslation("police.station.new"), VaadinIcon.PLUS.create(),
                e -> open(new StationDialog(stations, null)));
        add.setId("register-station");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.policeStations")), add);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        grid.setId("stations");
        grid.addColumn(PoliceStation::getName).setHeader(getTranslation("police.station.name")).setFlexGrow(1)
                .setKey("name");
        grid.addColumn(station -> getTranslation(station.isReporting() ? "police.station.reportingYes"
                : "police.station.reportingNo")).setHeader(getTranslation("police.station.state")).setKey("state");
        grid.addColumn(PoliceStation::getContact).setHeader(getTranslation("police.station.contact"));
        grid.addColumn(PoliceStation::getPhone).setHeader(getTranslation("police.station.phone"));
        grid.addColumn(PoliceStation::getCode).setHeader(getTranslation("police.station.code"));
        grid.addColumn(PoliceStation::getRegisteredOn).setHeader(getTranslation("police.station.registeredOn"));
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> stations.find(e.getItem().getId()).ifPresent(station ->
                open(new StationDialog(stations, station))));
        add(header, new Paragraph(getTranslation("police.station.hint")), grid);
        refresh();
    }

    private void open(StationDialog dialog) {
        dialog.addSavedListener(saved -> refresh());
        dialog.open();
    }

    private void refresh() {
        grid.setItems(stations.all());
    }

    @Override
    public String titleKey() {
        return "nav.policeStations";
    }
}
