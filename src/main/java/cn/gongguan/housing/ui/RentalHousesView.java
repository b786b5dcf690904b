package cn.gongguan.housing.ui;

import cn.gongguan.housing.MonthlyReports;
import cn.gongguan.housing.RentalHouse;
import cn.gongguan.housing.RentalHouses;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/**
 * The rental houses of the unit with their landlords (landlord ID numbers masked) and how many persons live in each
 * by its latest report; a row opens the house for editing.
 */
@Route("rental-houses")
@RolesAllowed({Role.COMMITTEE_CLERK_NAME, Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME})
@Menu(title = "nav.houses", order = 10, icon = "vaadin:building")
public class RentalHousesView extends VerticalLayout implements TranslatedTitle {

    final Grid<RentalHouse> grid = new Grid<>();

    RentalHousesView(RentalHouses houses, MonthlyReports reports, OrgUnits orgUnits) {
        addClassName("gg-page");
        setSizeFull();
        Map<String, String> units = orgUnits.names();
        Button add = new Button(getTranslation("house.new"), VaadinIcon.PLUS.create(),
                e -> open(new HouseDialog(houses, orgUnits, null)));
        add.setId("register-house");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.houses")), add);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        grid.setId("houses");
        grid.addColumn(RentalHouse::getAddress).setHeader(getTranslation("house.address")).setFlexGrow(1);
        grid.addColumn(h -> h.getOrgUnit() == null ? "" : units.getOrDefault(h.getOrgUnit(), h.getOrgUnit()))
                .setHeader(getTranslation("person.orgUnit"));
        grid.addColumn(RentalHouse::getLandlordName).setHeader(getTranslation("house.landlordName"));
        grid.addColumn(h -> new IdNumber(h.getLandlordIdNumber()).masked()).setHeader(getTranslation("house.landlordIdNumber"));
        grid.addColumn(RentalHouse::getLandlordPhone).setHeader(getTranslation("house.landlordPhone"));
        grid.addColumn(RentalHouse::getRooms).setHeader(getTranslation("house.rooms"));
        grid.addColumn(h -> reports.residents(h.getId())).setHeader(getTranslation("house.residents"));
        grid.addColumn(RentalHouse::getRegisteredOn).setHeader(getTranslation("house.registeredOn"));
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
        grid.setItems(query -> houses.list(query.getOffset(), query.getLimit()).stream(), query -> houses.count());
        grid.addItemClickListener(e -> houses.find(e.getItem().getId()).ifPresent(house ->
                open(new HouseDialog(houses, orgUnits, house))));
        add(header, grid);
    }

    private void open(HouseDialog dialog) {
        dialog.addSavedListener(saved -> grid.getDataProvider().refreshAll());
        dialog.open();
    }

    @Override
    public String titleKey() {
        return "nav.houses";
    }
}
